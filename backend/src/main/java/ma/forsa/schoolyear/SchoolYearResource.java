package ma.forsa.schoolyear;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import ma.forsa.common.http.Created;
import ma.forsa.common.paging.PageView;
import ma.forsa.common.security.Roles;
import ma.forsa.programme.Programme;
import ma.forsa.schoolyear.SchoolYearInputs.BandInput;
import ma.forsa.schoolyear.SchoolYearInputs.SchoolYearInput;
import ma.forsa.schoolyear.SchoolYearViews.SchoolYearView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/school-years")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "School years", description = "School years, reference dates and the age band of each programme")
public class SchoolYearResource {

    @Inject
    SchoolYearService service;

    @GET
    @Authenticated
    @Operation(
            operationId = "listSchoolYears",
            summary = "School years, newest first, with the bands in force for the caller's directorate")
    public PageView<SchoolYearView> list() {
        return PageView.all(service.list());
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getSchoolYear", summary = "One school year")
    public SchoolYearView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORATE_ADMIN)
    @Operation(operationId = "createSchoolYear", summary = "Open a school year with its default age bands")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SchoolYearView.class)))
    public Response create(@Valid @NotNull SchoolYearInput input, UriInfo uri) {
        SchoolYearView created = service.create(input);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("/{id}/age-bands/{programme}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORATE_ADMIN)
    @Operation(
            operationId = "setDirectorateAgeBand",
            summary = "Set the caller's directorate's own age band for a programme in this school year")
    public SchoolYearView setBand(
            @PathParam("id") long id, @PathParam("programme") Programme programme, @Valid @NotNull BandInput input) {
        return service.setDirectorateBand(id, programme, input);
    }

    @DELETE
    @Path("/{id}/age-bands/{programme}")
    @RolesAllowed(Roles.DIRECTORATE_ADMIN)
    @Operation(
            operationId = "clearDirectorateAgeBand",
            summary = "Remove the directorate's own band: the school year's default applies again")
    @APIResponse(responseCode = "204", description = "Removed")
    public void clearBand(@PathParam("id") long id, @PathParam("programme") Programme programme) {
        service.clearDirectorateBand(id, programme);
    }
}
