package ma.forsa.schoolyear;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.problem.ApiProblem;
import ma.forsa.common.problem.ProblemType;
import ma.forsa.common.security.Caller;
import ma.forsa.common.security.RoleSets;
import ma.forsa.common.security.Roles;
import ma.forsa.common.validation.Formats;
import ma.forsa.learner.LearnerService;
import ma.forsa.schoolyear.SchoolYearViews.EligibilityView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "School years")
public class EligibilityResource {

    @Inject
    SchoolYearService service;

    @Inject
    LearnerService learners;

    @Inject
    Caller caller;

    @Inject
    RoleSets roleSets;

    @GET
    @RolesAllowed(Roles.PEOPLE_AND_SYSTEMS)
    @Operation(
            operationId = "getEligibility",
            summary =
                    "Which programmes a birth date gives access to in a school year, with the caller's directorate's bands",
            description =
                    "Age is counted in whole years at the school year's reference date. Age 15 is in both default bands.")
    public EligibilityView eligibility(
            @QueryParam("birthDate") @Parameter(description = "YYYY-MM-DD; or give learnerId", example = "2010-05-14")
                    LocalDate birthDate,
            @QueryParam("learnerId")
                    @Parameter(
                            description =
                                    "A learner visible to the caller (people only, not third-party clients); or give birthDate")
                    Long learnerId,
            @QueryParam("schoolYear")
                    @NotNull
                    @Pattern(regexp = Formats.SCHOOL_YEAR, message = Formats.SCHOOL_YEAR_MESSAGE)
                    @Parameter(example = "2025/2026")
                    String schoolYear) {
        if ((birthDate == null) == (learnerId == null)) {
            throw ApiProblem.invalid(birthDate == null ? "birthDate" : "learnerId", Message.BIRTH_DATE_OR_LEARNER);
        }
        if (learnerId != null && !caller.isOneOf(roleSets.people())) {
            // A learner's age is personal data: third-party systems ask with a birth date.
            throw new ApiProblem(ProblemType.FORBIDDEN, Message.THIRD_PARTIES_ASK_BY_BIRTH_DATE);
        }
        return service.eligibility(birthDate != null ? birthDate : learners.find(learnerId).birthDate, schoolYear);
    }
}
