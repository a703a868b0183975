package ma.forsa.caravan;

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
import ma.forsa.caravan.CaravanInputs.CaravanInput;
import ma.forsa.caravan.CaravanInputs.StopInput;
import ma.forsa.caravan.CaravanViews.CaravanView;
import ma.forsa.caravan.CaravanViews.StopView;
import ma.forsa.common.http.Created;
import ma.forsa.common.paging.PageParams;
import ma.forsa.common.paging.PageView;
import ma.forsa.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Caravans", description = "Community caravans (القوافل), their teams and itineraries of stops")
public class CaravanResource {

    @Inject
    CaravanService service;

    @GET
    @Path("/caravans")
    @RolesAllowed(Roles.EVERYONE)
    @Operation(
            operationId = "listCaravans",
            summary = "Caravans visible to the caller, the latest first",
            description = "Seen by whoever sees their campaign.")
    public PageView<CaravanView> list(
            @QueryParam("campaignId") @Parameter(description = "Only this campaign's") Long campaignId,
            @QueryParam("q") @Size(max = 50) String q,
            @Valid @BeanParam PageParams page) {
        return service.list(campaignId, q, page);
    }

    @GET
    @Path("/caravans/{id}")
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "getCaravan", summary = "One caravan and its team")
    public CaravanView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("/caravans")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORATE)
    @Operation(operationId = "createCaravan", summary = "Send a caravan out under a campaign that is not CLOSED")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CaravanView.class)))
    public Response create(@Valid @NotNull CaravanInput input, UriInfo uri) {
        CaravanView created = service.create(input);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("/caravans/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORATE)
    @Operation(
            operationId = "updateCaravan",
            summary = "Change a caravan and its team",
            description = "Members sent with their id are kept (and changed); members not sent leave the team.")
    public CaravanView update(@PathParam("id") long id, @Valid @NotNull CaravanInput input) {
        return service.update(id, input);
    }

    @GET
    @Path("/caravans/{id}/stops")
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "listCaravanStops", summary = "A caravan's itinerary, by date")
    public PageView<StopView> itinerary(
            @PathParam("id") long id, @QueryParam("status") StopStatus status, @Valid @BeanParam PageParams page) {
        return service.itinerary(id, status, page);
    }

    @POST
    @Path("/caravans/{id}/stops")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEOPLE)
    @Operation(
            operationId = "createCaravanStop",
            summary = "Add a stop to the itinerary",
            description = "Within the caravan's dates, in a commune of the directorate; its results (people reached,"
                    + " households visited) only once it is DONE, and never for a day still to come.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StopView.class)))
    public Response addStop(@PathParam("id") long id, @Valid @NotNull StopInput input, UriInfo uri) {
        StopView created = service.addStop(id, input);
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("/caravans/{id}/stops/{stopId}")
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "getCaravanStop", summary = "One stop")
    public StopView stop(@PathParam("id") long id, @PathParam("stopId") long stopId) {
        return service.stop(id, stopId);
    }

    @PUT
    @Path("/caravans/{id}/stops/{stopId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEOPLE)
    @Operation(operationId = "updateCaravanStop", summary = "Change a stop or record its results")
    public StopView updateStop(
            @PathParam("id") long id, @PathParam("stopId") long stopId, @Valid @NotNull StopInput input) {
        return service.updateStop(id, stopId, input);
    }

    @GET
    @Path("/stops")
    @RolesAllowed(Roles.EVERYONE)
    @Operation(
            operationId = "listStops",
            summary = "One day's stops of every caravan the caller sees (a field team's day)")
    public PageView<StopView> day(
            @QueryParam("on") @NotNull @Parameter(description = "The day", required = true) LocalDate on,
            @QueryParam("status") StopStatus status,
            @Valid @BeanParam PageParams page) {
        return service.day(on, status, page);
    }
}
