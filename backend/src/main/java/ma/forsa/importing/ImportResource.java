package ma.forsa.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import ma.forsa.common.paging.PageParams;
import ma.forsa.common.paging.PageView;
import ma.forsa.common.security.Roles;
import ma.forsa.importing.ImportViews.JobView;
import ma.forsa.importing.ImportViews.RowError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PEOPLE)
@Tag(name = "Imports", description = "Learners and placements from the CSV and XLSX files associations keep")
public class ImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ImportService service;

    @Inject
    ImportRunner runner;

    @POST
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            operationId = "uploadImport",
            summary = "Upload a file of learners (and their placements): a dry run starts",
            description =
                    "Columns: first_name_ar, last_name_ar, birth_date, sex (required), first_name_latin, last_name_latin,"
                            + " nationality, massar_code, guardian_name, guardian_relation, guardian_phone, commune_code, address,"
                            + " last_grade_completed, year_left_school, dropout_reason, dropout_reason_detail, consent_given_by,"
                            + " consent_relation, consent_given_on, consent_purposes (separated by ;), centre_id, school_year,"
                            + " programme, enrolled_on. The dry run saves nothing; follow it with GET /api/v1/imports/{id}.")
    @RequestBody(
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the dry run is running",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    public Response upload(@QueryParam("fileName") @Size(max = 200) String fileName, byte[] content, UriInfo uri) {
        JobView job = service.submit(content, fileName);
        runner.validateLater(job.id());
        return Response.accepted(job)
                .location(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(job.id()))
                        .build())
                .build();
    }

    @GET
    @Operation(operationId = "listImports", summary = "The imports of the caller's scope, newest first")
    public PageView<JobView> list(@Valid @BeanParam PageParams page) {
        return service.list(page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getImport", summary = "An import's status and progress (processedRows of totalRows)")
    public JobView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/errors")
    @Operation(operationId = "listImportErrors", summary = "Every bad row: line, column and reason")
    public PageView<RowError> errors(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        return service.errors(id, page);
    }

    @GET
    @Path("/{id}/preview")
    @Operation(
            operationId = "previewImport",
            summary = "The first rows of a VALIDATED import as they will be saved",
            description =
                    "Read and checked exactly as the commit will (names in both scripts, dates, the centre and the"
                            + " enrolment date), with the encoding and separator the file was read with, so a person sees what"
                            + " will be written before committing. 409 once the import is no longer VALIDATED.")
    @PersonalData
    public ImportViews.Preview preview(
            @PathParam("id") long id, @QueryParam("size") @DefaultValue("10") @Min(1) @Max(50) int size) {
        return service.preview(id, size);
    }

    @POST
    @Path("/{id}/commit")
    @Operation(
            operationId = "commitImport",
            summary = "Save a VALIDATED import, all rows or none",
            description = "The rows are checked again; if anything changed since the dry run, nothing is saved and the"
                    + " import becomes INVALID with the new errors.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the commit is running",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    public Response commit(@PathParam("id") long id) {
        JobView job = service.startCommit(id);
        runner.commitLater(id);
        return Response.accepted(job).build();
    }
}
