package ma.forsa.support;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import ma.forsa.common.security.Roles;
import ma.forsa.support.SupportEnums.ActivityKind;
import ma.forsa.support.SupportEnums.PupilStatus;
import ma.forsa.support.SupportRecords.ActionInput;
import ma.forsa.support.SupportRecords.ActivityInput;
import ma.forsa.support.SupportRecords.ActivityView;
import ma.forsa.support.SupportRecords.PupilInput;
import ma.forsa.support.SupportRecords.PupilView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Support",
        description = "Psychological support, parallel activities and pupils at risk, recorded by associations")
public class SupportResource {

    @Inject
    SupportService service;

    @GET
    @Path("/support-activities")
    @RolesAllowed(Roles.PEOPLE)
    @Operation(
            operationId = "listSupportActivities",
            summary = "Support sessions and parallel activities, newest first")
    public PageView<ActivityView> activities(
            @QueryParam("centreId") Long centreId,
            @QueryParam("learnerId") @Parameter(description = "Activities this learner was listed in") Long learnerId,
            @QueryParam("kind") ActivityKind kind,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageParams page) {
        return service.listActivities(centreId, learnerId, kind, from, to, page);
    }

    @GET
    @Path("/support-activities/{id}")
    @RolesAllowed(Roles.PEOPLE)
    @Operation(operationId = "getSupportActivity", summary = "One activity with its attendance")
    public ActivityView activity(@PathParam("id") long id) {
        return service.activity(id);
    }

    @POST
    @Path("/support-activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ASSOCIATION_STAFF)
    @Operation(
            operationId = "recordSupportActivity",
            summary = "Record a session or activity held at one of the association's centres")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ActivityView.class)))
    public Response record(@Valid @NotNull ActivityInput input, UriInfo uri) {
        ActivityView created = service.record(input);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("/support-activities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ASSOCIATION_STAFF)
    @Operation(
            operationId = "updateSupportActivity",
            summary = "Correct an activity or its attendance (send the version you read)")
    public ActivityView update(@PathParam("id") long id, @Valid @NotNull ActivityInput input) {
        return service.update(id, input);
    }

    @GET
    @Path("/at-risk-pupils")
    @RolesAllowed(Roles.PEOPLE)
    @Operation(operationId = "listAtRiskPupils", summary = "Pupils at risk of dropping out followed by associations")
    @PersonalData
    public PageView<PupilView> pupils(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("status") PupilStatus status,
            @Valid @BeanParam PageParams page) {
        return service.listPupils(q, status, page);
    }

    @GET
    @Path("/at-risk-pupils/{id}")
    @RolesAllowed(Roles.PEOPLE)
    @Operation(operationId = "getAtRiskPupil", summary = "A pupil at risk with the actions taken")
    @PersonalData
    public PupilView pupil(@PathParam("id") long id) {
        return service.pupil(id);
    }

    @POST
    @Path("/at-risk-pupils")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ASSOCIATION_STAFF)
    @Operation(operationId = "followAtRiskPupil", summary = "Start following a pupil at risk (school, risk signals)")
    @APIResponse(
            responseCode = "201",
            description = "Followed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PupilView.class)))
    public Response follow(@Valid @NotNull PupilInput input, UriInfo uri) {
        PupilView created = service.follow(input);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("/at-risk-pupils/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ASSOCIATION_STAFF)
    @Operation(
            operationId = "updateAtRiskPupil",
            summary = "Update a pupil's signals or status (send the version you read)")
    public PupilView updatePupil(@PathParam("id") long id, @Valid @NotNull PupilInput input) {
        return service.update(id, input);
    }

    @POST
    @Path("/at-risk-pupils/{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ASSOCIATION_STAFF)
    @Operation(operationId = "recordAtRiskAction", summary = "Record an action taken for a pupil at risk")
    public PupilView act(@PathParam("id") long id, @Valid @NotNull ActionInput input) {
        return service.act(id, input);
    }
}
