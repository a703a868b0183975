package ma.forsa.association;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/associations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Associations", description = "Partner associations (الجمعيات الشريكة) of a directorate")
public class AssociationResource {

    @Inject
    AssociationService service;

    @GET
    @RolesAllowed(Roles.PEOPLE_AND_SYSTEMS)
    @Operation(
            operationId = "listAssociations",
            summary = "List the associations visible to the caller",
            description = "Directorate staff see their directorate's associations; association staff their own.")
    public PageView<AssociationView> list(
            @QueryParam("q")
                    @Size(max = 200)
                    @Parameter(description = "Text in the Arabic or French name or the acronym")
                    String q,
            @QueryParam("active") @Parameter(description = "Only active (true) or inactive (false) ones")
                    Boolean active,
            @QueryParam("sort") @Parameter(description = "The field to order by; the list's own order otherwise")
                    AssociationSort sort,
            @QueryParam("direction") @Parameter(description = "ASC (default) or DESC, with sort")
                    Sorting.Direction direction,
            @Valid @BeanParam PageParams page) {
        return service.list(q, active, Sorting.of(sort, direction, null), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.PEOPLE_AND_SYSTEMS)
    @Operation(operationId = "getAssociation", summary = "Get one association")
    public AssociationView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORATE)
    @Operation(
            operationId = "createAssociation",
            summary = "Register a partner association in the caller's directorate")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssociationView.class)))
    public Response create(@Valid @NotNull AssociationInput input, UriInfo uri) {
        AssociationView created = service.create(input);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORATE)
    @Operation(
            operationId = "updateAssociation",
            summary = "Change an association",
            description = "Send the version you read; a stale version answers 409.")
    public AssociationView update(@PathParam("id") long id, @Valid @NotNull AssociationInput input) {
        return service.update(id, input);
    }

    @POST
    @Path("/{id}/deactivate")
    @RolesAllowed(Roles.DIRECTORATE)
    @Operation(operationId = "deactivateAssociation", summary = "Deactivate an association (its history stays)")
    public AssociationView deactivate(@PathParam("id") long id) {
        return service.setActive(id, false);
    }

    @POST
    @Path("/{id}/activate")
    @RolesAllowed(Roles.DIRECTORATE)
    @Operation(operationId = "activateAssociation", summary = "Activate an association again")
    public AssociationView activate(@PathParam("id") long id) {
        return service.setActive(id, true);
    }
}
