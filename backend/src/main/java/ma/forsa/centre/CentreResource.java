package ma.forsa.centre;

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
import ma.forsa.common.http.Created;
import ma.forsa.common.paging.PageParams;
import ma.forsa.common.paging.PageView;
import ma.forsa.common.paging.Sorting;
import ma.forsa.common.security.Roles;
import ma.forsa.programme.Programme;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/centres")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Centres", description = "Class sites and second-chance centres operated by associations")
public class CentreResource {

    @Inject
    CentreService service;

    @GET
    @RolesAllowed(Roles.PEOPLE_AND_SYSTEMS)
    @Operation(
            operationId = "listCentres",
            summary = "Centres visible to the caller",
            description =
                    "Directorate staff see their directorate's centres; association staff those their association operates.")
    public PageView<CentreView> list(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("type") Programme type,
            @QueryParam("associationId") Long associationId,
            @QueryParam("communeCode") @Size(max = 32) String communeCode,
            @QueryParam("active") Boolean active,
            @QueryParam("sort") @Parameter(description = "The field to order by; the list's own order otherwise")
                    CentreSort sort,
            @QueryParam("direction") @Parameter(description = "ASC (default) or DESC, with sort")
                    Sorting.Direction direction,
            @Valid @BeanParam PageParams page) {
        return service.list(q, type, associationId, communeCode, active, Sorting.of(sort, direction, null), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.PEOPLE_AND_SYSTEMS)
    @Operation(operationId = "getCentre", summary = "One centre")
    public CentreView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORATE)
    @Operation(operationId = "createCentre", summary = "Open a centre operated by an association of the directorate")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CentreView.class)))
    public Response create(@Valid @NotNull CentreInput input, UriInfo uri) {
        CentreView created = service.create(input);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORATE)
    @Operation(operationId = "updateCentre", summary = "Change a centre (send the version you read)")
    public CentreView update(@PathParam("id") long id, @Valid @NotNull CentreInput input) {
        return service.update(id, input);
    }

    @POST
    @Path("/{id}/deactivate")
    @RolesAllowed(Roles.DIRECTORATE)
    @Operation(operationId = "deactivateCentre", summary = "Close a centre (its history stays)")
    public CentreView deactivate(@PathParam("id") long id) {
        return service.setActive(id, false);
    }

    @POST
    @Path("/{id}/activate")
    @RolesAllowed(Roles.DIRECTORATE)
    @Operation(operationId = "activateCentre", summary = "Open a closed centre again")
    public CentreView activate(@PathParam("id") long id) {
        return service.setActive(id, true);
    }
}
