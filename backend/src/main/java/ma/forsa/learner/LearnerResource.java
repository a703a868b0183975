package ma.forsa.learner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import ma.forsa.audit.PersonalData;
import ma.forsa.common.http.Created;
import ma.forsa.common.paging.PageParams;
import ma.forsa.common.paging.PageView;
import ma.forsa.common.paging.Sorting;
import ma.forsa.common.security.Roles;
import ma.forsa.common.validation.Formats;
import ma.forsa.learner.LearnerEnums.Sex;
import ma.forsa.schoolyear.SchoolYearService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/learners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learners", description = "Out-of-school children and youths (personal data of minors: scoped)")
public class LearnerResource {

    @Inject
    LearnerService service;

    @Inject
    SchoolYearService schoolYears;

    @GET
    @RolesAllowed(Roles.PEOPLE)
    @Operation(
            operationId = "searchLearners",
            summary = "Search the learners visible to the caller",
            description =
                    "Each word of q must start a word of the learner's names, in Arabic or Latin script, whatever the"
                            + " spelling variant (hamza, taa marbuta, accents) and in any order. With q the newest learners come"
                            + " first; otherwise they are in name order.")
    @PersonalData
    public PageView<LearnerView> search(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("massarCode") @Size(max = 10) String massarCode,
            @QueryParam("birthDate") LocalDate birthDate,
            @QueryParam("sex") Sex sex,
            @QueryParam("centreId") @Parameter(description = "Placed (enrolled or waiting) at this centre")
                    Long centreId,
            @QueryParam("schoolYear") @Pattern(regexp = Formats.SCHOOL_YEAR, message = Formats.SCHOOL_YEAR_MESSAGE)
                    String schoolYear,
            @QueryParam("associationId") @Parameter(description = "Followed by this association") Long associationId,
            @QueryParam("sort") @Parameter(description = "The field to order by; the list's own order otherwise")
                    LearnerSort sort,
            @QueryParam("direction") @Parameter(description = "ASC (default) or DESC, with sort")
                    Sorting.Direction direction,
            @Valid @BeanParam PageParams page) {
        Long yearId = schoolYear == null ? null : schoolYears.idForFilter(schoolYear);
        return service.search(
                new LearnerRepository.Filter(
                        q,
                        massarCode,
                        birthDate,
                        sex,
                        centreId,
                        yearId,
                        associationId,
                        Sorting.of(sort, direction, null)),
                page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.PEOPLE)
    @Operation(operationId = "getLearner", summary = "A learner's record")
    @PersonalData
    public LearnerView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEOPLE)
    @Operation(
            operationId = "registerLearner",
            summary = "Register a learner",
            description =
                    "The same MASSAR code, or the same name (any spelling variant) and birth date in the directorate,"
                            + " answers 409 with existingId when the caller may see that learner; confirmDistinct=true registers"
                            + " a different person with the same name and birth date.")
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LearnerView.class)))
    public Response register(
            @Valid @NotNull LearnerInput input,
            @QueryParam("confirmDistinct") @DefaultValue("false") boolean confirmDistinct,
            UriInfo uri) {
        LearnerView created = service.register(input, confirmDistinct);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEOPLE)
    @Operation(operationId = "updateLearner", summary = "Correct a learner's record (send the version you read)")
    public LearnerView update(@PathParam("id") long id, @Valid @NotNull LearnerInput input) {
        return service.update(id, input);
    }

    /** Why a learner's personal data is erased. */
    public record AnonymisationInput(
            @NotBlank
            @Size(max = 500)
            @Schema(
                    description = "Why, without any name: it stays with the erased record",
                    examples = "Written request of the guardian, 2026-11-20")
            String reason) {}

    @POST
    @Path("/{id}/anonymisation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORATE_ADMIN)
    @Operation(
            operationId = "anonymiseLearner",
            summary = "Erase a learner's personal data for good, on request",
            description =
                    "Names, MASSAR code, guardian, address, the free-text dropout detail and the consent giver are"
                            + " erased and the birth date keeps only its year; sex, nationality, commune and the placements stay,"
                            + " so statistics do not change. Refused (409) while the learner is enrolled or waiting, and for a"
                            + " learner already anonymised. Irreversible.")
    public LearnerView anonymise(@PathParam("id") long id, @Valid @NotNull AnonymisationInput input) {
        return service.anonymise(id, input.reason());
    }
}
