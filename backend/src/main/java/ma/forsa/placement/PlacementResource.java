package ma.forsa.placement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import ma.forsa.audit.PersonalData;
import ma.forsa.common.http.Created;
import ma.forsa.common.paging.PageParams;
import ma.forsa.common.paging.PageView;
import ma.forsa.common.security.Roles;
import ma.forsa.common.validation.Formats;
import ma.forsa.placement.PlacementInputs.EndInput;
import ma.forsa.placement.PlacementInputs.PlacementInput;
import ma.forsa.placement.PlacementInputs.TransferInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/placements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Placements", description = "Learners placed in programmes at centres, by age band (التسجيل)")
public class PlacementResource {

    @Inject
    PlacementService service;

    @GET
    @RolesAllowed(Roles.PEOPLE)
    @Operation(
            operationId = "listPlacements",
            summary = "Placements: a centre's list, its waiting list (status=WAITING, in order), a learner's history")
    @PersonalData
    public PageView<PlacementView> list(
            @QueryParam("centreId") Long centreId,
            @QueryParam("schoolYear") @Pattern(regexp = Formats.SCHOOL_YEAR, message = Formats.SCHOOL_YEAR_MESSAGE)
                    String schoolYear,
            @QueryParam("status") PlacementStatus status,
            @QueryParam("learnerId") Long learnerId,
            @Valid @BeanParam PageParams page) {
        return service.search(centreId, schoolYear, status, learnerId, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.PEOPLE)
    @Operation(operationId = "getPlacement", summary = "One placement")
    @PersonalData
    public PlacementView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEOPLE)
    @Operation(
            operationId = "placeLearner",
            summary = "Place a learner in a centre's programme for a school year",
            description =
                    "The learner's age at the school year's reference date must be in the programme's band (else 422"
                            + " with the age, the reference date and the bands). A full centre answers 409 unless waitlistIfFull.")
    @APIResponse(
            responseCode = "201",
            description = "ENROLLED in a class, or WAITING",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlacementView.class)))
    @APIResponse(
            responseCode = "422",
            description = "Outside the programme's age band",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response place(@Valid @NotNull PlacementInput input, UriInfo uri) {
        PlacementView created = service.place(input);
        return Created.at(uri, created.id(), created);
    }

    @POST
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEOPLE)
    @Operation(
            operationId = "endPlacement",
            summary = "End a placement with its outcome (or withdraw from the waiting list)",
            description = "A freed seat goes to the first learner on the centre's waiting list.")
    public PlacementView end(@PathParam("id") long id, @Valid @NotNull EndInput input) {
        return service.end(id, input);
    }

    @POST
    @Path("/{id}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEOPLE)
    @Operation(
            operationId = "transferPlacement",
            summary = "Move an enrolled learner to another centre; both placements stay in the history")
    @APIResponse(
            responseCode = "200",
            description = "The new placement",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlacementView.class)))
    public PlacementView transfer(@PathParam("id") long id, @Valid @NotNull TransferInput input) {
        return service.transfer(id, input);
    }
}
