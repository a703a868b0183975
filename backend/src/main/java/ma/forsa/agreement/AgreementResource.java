package ma.forsa.agreement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import ma.forsa.agreement.AgreementInputs.AgreementInput;
import ma.forsa.agreement.AgreementInputs.CentresInput;
import ma.forsa.agreement.AgreementInputs.PaymentInput;
import ma.forsa.agreement.AgreementInputs.TransitionInput;
import ma.forsa.agreement.AgreementViews.AgreementView;
import ma.forsa.agreement.AgreementViews.StatusChangeView;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "Partnership agreements (اتفاقيات الشراكة) with associations")
public class AgreementResource {

    static final String PDF = "application/pdf";

    @Inject
    AgreementService service;

    @GET
    @RolesAllowed(Roles.PEOPLE_AND_SYSTEMS)
    @Operation(
            operationId = "listAgreements",
            summary = "Agreements visible to the caller",
            description = "Directorate staff see their directorate's; association staff their association's.")
    public PageView<AgreementView> list(
            @QueryParam("q") @Size(max = 50) String q,
            @QueryParam("status") AgreementStatus status,
            @QueryParam("associationId") Long associationId,
            @QueryParam("schoolYear") @Pattern(regexp = Formats.SCHOOL_YEAR, message = Formats.SCHOOL_YEAR_MESSAGE)
                    String schoolYear,
            @QueryParam("sort") @Parameter(description = "The field to order by; the list's own order otherwise")
                    AgreementSort sort,
            @QueryParam("direction") @Parameter(description = "ASC (default) or DESC, with sort")
                    Sorting.Direction direction,
            @Valid @BeanParam PageParams page) {
        return service.list(q, status, associationId, schoolYear, Sorting.of(sort, direction, null), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.PEOPLE_AND_SYSTEMS)
    @Operation(operationId = "getAgreement", summary = "One agreement")
    public AgreementView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORATE)
    @Operation(operationId = "createAgreement", summary = "Draft an agreement with an association of the directorate")
    @APIResponse(
            responseCode = "201",
            description = "Created as DRAFT; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgreementView.class)))
    public Response create(@Valid @NotNull AgreementInput input, UriInfo uri) {
        AgreementView created = service.create(input);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORATE)
    @Operation(operationId = "updateAgreement", summary = "Change the terms of a DRAFT agreement")
    public AgreementView update(@PathParam("id") long id, @Valid @NotNull AgreementInput input) {
        return service.update(id, input);
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORATE)
    @Operation(
            operationId = "transitionAgreement",
            summary = "Move an agreement along its lifecycle",
            description = "DRAFT → SIGNED (needs the signing date and the signed PDF) → ACTIVE (needs a centre) → "
                    + "SUSPENDED ⇄ ACTIVE → CLOSED (final). A refused move answers 409 with the unmet rules.")
    public AgreementView transition(@PathParam("id") long id, @Valid @NotNull TransitionInput input) {
        return service.transition(id, input);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.PEOPLE_AND_SYSTEMS)
    @Operation(operationId = "getAgreementHistory", summary = "Every status change: who, when, why")
    public PageView<StatusChangeView> history(@PathParam("id") long id) {
        return PageView.all(service.history(id));
    }

    @PUT
    @Path("/{id}/centres")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORATE)
    @Operation(
            operationId = "setAgreementCentres",
            summary = "The centres the association operates under this agreement")
    public AgreementView setCentres(@PathParam("id") long id, @Valid @NotNull CentresInput input) {
        return service.setCentres(id, input);
    }

    @PUT
    @Path("/{id}/tranches/{number}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORATE)
    @Operation(operationId = "recordTranchePayment", summary = "Record (or clear) the payment date of a tranche")
    public AgreementView recordPayment(
            @PathParam("id") long id, @PathParam("number") int number, @Valid @NotNull PaymentInput input) {
        return service.recordPayment(id, number, input);
    }

    @PUT
    @Path("/{id}/document")
    @Consumes({PDF, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.DIRECTORATE)
    @Operation(
            operationId = "uploadAgreementDocument",
            summary = "Upload the signed agreement (PDF, DRAFT only)",
            description =
                    "The bytes must be a PDF (checked by content, not by name), at most limits.maxDocumentBytes of GET"
                            + " /api/v1/config (10 MB unless the deployment says otherwise).")
    @RequestBody(
            content =
                    @Content(
                            mediaType = PDF,
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                            format = "binary")))
    @APIResponse(
            responseCode = "200",
            description = "Uploaded; the agreement with its document",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(
            responseCode = "413",
            description = "Too large",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public AgreementView uploadDocument(
            @PathParam("id") long id, @QueryParam("fileName") @Size(max = 200) String fileName, byte[] content) {
        return service.uploadDocument(id, content, fileName);
    }

    @GET
    @Path("/{id}/document")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.PEOPLE_AND_SYSTEMS)
    @Operation(operationId = "downloadAgreementDocument", summary = "Download the signed agreement")
    @APIResponse(
            responseCode = "200",
            description = "The PDF",
            content =
                    @Content(
                            mediaType = PDF,
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                            format = "binary")))
    public Response downloadDocument(@PathParam("id") long id) {
        AgreementViews.DocumentFile document = service.document(id);
        String encoded =
                URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(document.content(), PDF)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"agreement-" + id + ".pdf\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("ETag", "\"" + document.sha256() + "\"")
                .build();
    }
}
