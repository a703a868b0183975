package ma.forsa.campaign;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import ma.forsa.campaign.CampaignInputs.CampaignInput;
import ma.forsa.campaign.CampaignInputs.ReachInput;
import ma.forsa.campaign.CampaignInputs.TransitionInput;
import ma.forsa.campaign.CampaignViews.CampaignView;
import ma.forsa.campaign.CampaignViews.ReachSummary;
import ma.forsa.campaign.CampaignViews.ReachView;
import ma.forsa.common.http.Created;
import ma.forsa.common.paging.PageParams;
import ma.forsa.common.paging.PageView;
import ma.forsa.common.paging.Sorting;
import ma.forsa.common.security.Roles;
import ma.forsa.common.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "Awareness campaigns (حملات التحسيس) that look for children out of school")
public class CampaignResource {

    @Inject
    CampaignService service;

    @GET
    @RolesAllowed(Roles.EVERYONE)
    @Operation(
            operationId = "listCampaigns",
            summary = "Campaigns visible to the caller",
            description = "Directorate staff and third-party clients see their directorate's; association staff the"
                    + " campaigns their association takes part in; academy analysts every directorate's of their"
                    + " academy.")
    public PageView<CampaignView> list(
            @QueryParam("q") @Size(max = 50) String q,
            @QueryParam("status") CampaignStatus status,
            @QueryParam("schoolYear") @Pattern(regexp = Formats.SCHOOL_YEAR, message = Formats.SCHOOL_YEAR_MESSAGE)
                    String schoolYear,
            @QueryParam("associationId") Long associationId,
            @QueryParam("sort") @Parameter(description = "The field to order by; the latest first otherwise")
                    CampaignSort sort,
            @QueryParam("direction") @Parameter(description = "ASC (default) or DESC, with sort")
                    Sorting.Direction direction,
            @Valid @BeanParam PageParams page) {
        return service.list(q, status, schoolYear, associationId, Sorting.of(sort, direction, null), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "getCampaign", summary = "One campaign")
    public CampaignView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORATE)
    @Operation(operationId = "createCampaign", summary = "Plan a campaign of the caller's directorate")
    @APIResponse(
            responseCode = "201",
            description = "Created as PLANNED; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CampaignView.class)))
    public Response create(@Valid @NotNull CampaignInput input, UriInfo uri) {
        CampaignView created = service.create(input);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORATE)
    @Operation(operationId = "updateCampaign", summary = "Change a campaign that is not CLOSED")
    public CampaignView update(@PathParam("id") long id, @Valid @NotNull CampaignInput input) {
        return service.update(id, input);
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORATE)
    @Operation(
            operationId = "transitionCampaign",
            summary = "Move a campaign along its lifecycle",
            description = "PLANNED → ACTIVE → CLOSED, or PLANNED → CLOSED with a reason (it never ran). A CLOSED"
                    + " campaign, its caravans and their stops no longer change. A refused move answers 409.")
    public CampaignView transition(@PathParam("id") long id, @Valid @NotNull TransitionInput input) {
        return service.transition(id, input);
    }

    @GET
    @Path("/{id}/reach")
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "getCampaignReach", summary = "People reached, by channel and day")
    public ReachSummary reach(@PathParam("id") long id) {
        return service.reach(id);
    }

    @POST
    @Path("/{id}/reach")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEOPLE)
    @Operation(
            operationId = "recordCampaignReach",
            summary = "Record the people one channel reached on one day",
            description = "The campaign must be ACTIVE, use the channel, and run that day; one entry per channel and"
                    + " day (a second answers 409 with existingId).")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReachView.class)))
    public Response recordReach(@PathParam("id") long id, @Valid @NotNull ReachInput input, UriInfo uri) {
        ReachView recorded = service.recordReach(id, input);
        return Created.at(uri, recorded.id(), recorded);
    }

    @DELETE
    @Path("/{id}/reach/{reachId}")
    @RolesAllowed(Roles.PEOPLE)
    @Operation(operationId = "deleteCampaignReach", summary = "Remove a day's count recorded by mistake")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteReach(@PathParam("id") long id, @PathParam("reachId") long reachId) {
        service.deleteReach(id, reachId);
    }
}
