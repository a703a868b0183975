package ma.forsa.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import ma.forsa.audit.PersonalData;
import ma.forsa.cases.CaseInputs.CaseInput;
import ma.forsa.cases.CaseInputs.EnrolmentInput;
import ma.forsa.cases.CaseInputs.ErasureInput;
import ma.forsa.cases.CaseInputs.LinkInput;
import ma.forsa.cases.CaseInputs.NoteInput;
import ma.forsa.cases.CaseInputs.TransitionInput;
import ma.forsa.cases.CaseRepository.Filter;
import ma.forsa.cases.CaseViews.CaseView;
import ma.forsa.cases.CaseViews.Counts;
import ma.forsa.cases.CaseViews.EnrolmentView;
import ma.forsa.cases.CaseViews.NoteView;
import ma.forsa.cases.CaseViews.StatusChangeView;
import ma.forsa.common.http.Created;
import ma.forsa.common.http.Heavy;
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

@Path("/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Cases",
        description = "Identified children (الأطفال المرصودون): found by outreach, followed until enrolled."
                + " Minors' personal data: directorate and association staff only, every read audited.")
public class CaseResource {

    @Inject
    CaseService service;

    static Filter filter(
            String q, CaseStatus status, Long campaignId, Long caravanId, Long stopId, Long associationId) {
        return new Filter(q, status, campaignId, caravanId, stopId, associationId);
    }

    @GET
    @PersonalData
    @RolesAllowed(Roles.PEOPLE)
    @Operation(
            operationId = "listCases",
            summary = "Identified children visible to the caller",
            description = "Directorate staff see their directorate's; association staff those their association"
                    + " recorded or that were referred to it.")
    public PageView<CaseView> list(
            @QueryParam("q") @Size(max = 50) @Parameter(description = "A name, or a guardian's phone") String q,
            @QueryParam("status") CaseStatus status,
            @QueryParam("campaignId") Long campaignId,
            @QueryParam("caravanId") Long caravanId,
            @QueryParam("stopId") Long stopId,
            @QueryParam("associationId") Long associationId,
            @QueryParam("sort") @Parameter(description = "The field to order by; the latest found first otherwise")
                    CaseSort sort,
            @QueryParam("direction") @Parameter(description = "ASC (default) or DESC, with sort")
                    Sorting.Direction direction,
            @Valid @BeanParam PageParams page) {
        return service.list(
                filter(q, status, campaignId, caravanId, stopId, associationId),
                Sorting.of(sort, direction, null),
                page);
    }

    @GET
    @Path("/counts")
    @RolesAllowed(Roles.PEOPLE)
    @Heavy
    @Operation(
            operationId = "countCases",
            summary = "How many identified children are at each step (the follow-up board)")
    public Counts counts(
            @QueryParam("q") @Size(max = 50) @Parameter(description = "A name, or a guardian's phone") String q,
            @QueryParam("campaignId") Long campaignId,
            @QueryParam("caravanId") Long caravanId,
            @QueryParam("stopId") Long stopId,
            @QueryParam("associationId") Long associationId) {
        return service.counts(filter(q, null, campaignId, caravanId, stopId, associationId));
    }

    @GET
    @Path("/{id}")
    @PersonalData
    @RolesAllowed(Roles.PEOPLE)
    @Operation(operationId = "getCase", summary = "One identified child")
    public CaseView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEOPLE)
    @Operation(
            operationId = "createCase",
            summary = "Record a child found out of school",
            description = "One child is counted once: a learner or a case with the same MASSAR code, or the same name"
                    + " (any spelling variant) born the same day or, for an estimated age, within a year, answers 409"
                    + " with the matches the caller may see; confirmDistinct=true records another child of the same"
                    + " name (a MASSAR code is never shared).")
    @APIResponse(
            responseCode = "201",
            description = "Recorded as IDENTIFIED; Location names it",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public Response create(
            @Valid @NotNull CaseInput input,
            @QueryParam("confirmDistinct") @DefaultValue("false") boolean confirmDistinct,
            UriInfo uri) {
        CaseView created = service.create(input, confirmDistinct);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEOPLE)
    @Operation(operationId = "updateCase", summary = "Correct what was recorded (the stop stays)")
    public CaseView update(@PathParam("id") long id, @Valid @NotNull CaseInput input) {
        return service.update(id, input);
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEOPLE)
    @Operation(
            operationId = "transitionCase",
            summary = "Move a case along its follow-up",
            description = "IDENTIFIED → CONTACTED → REFERRED, or DECLINED, UNREACHABLE, NOT_ELIGIBLE (with a reason);"
                    + " DECLINED and UNREACHABLE may be CONTACTED again. REFERRED names the association or centre;"
                    + " outside the recording association it needs the guardian's consent to share or a reason."
                    + " ENROLLED comes from the enrolment or the link to a learner. Each move is dated and kept.")
    public CaseView transition(@PathParam("id") long id, @Valid @NotNull TransitionInput input) {
        return service.transition(id, input);
    }

    @GET
    @Path("/{id}/history")
    @PersonalData
    @RolesAllowed(Roles.PEOPLE)
    @Operation(operationId = "getCaseHistory", summary = "Every move of a case: when, who, why")
    public PageView<StatusChangeView> history(@PathParam("id") long id) {
        return PageView.all(service.history(id));
    }

    @GET
    @Path("/{id}/notes")
    @PersonalData
    @RolesAllowed(Roles.PEOPLE)
    @Operation(operationId = "listCaseNotes", summary = "A case's follow-up notes, by date")
    public PageView<NoteView> notes(@PathParam("id") long id) {
        return PageView.all(service.notes(id));
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEOPLE)
    @Operation(operationId = "addCaseNote", summary = "Write a dated follow-up note")
    @APIResponse(
            responseCode = "201",
            description = "Written",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoteView.class)))
    public Response addNote(@PathParam("id") long id, @Valid @NotNull NoteInput input, UriInfo uri) {
        NoteView note = service.addNote(id, input);
        return Created.at(uri, note.id(), note);
    }

    @POST
    @Path("/{id}/enrolment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEOPLE)
    @Operation(
            operationId = "enrolCase",
            summary = "Register the child as a learner and place them, in one step",
            description = "Pre-filled from the case, by the rules of a registration and a placement (duplicates,"
                    + " eligibility from the year's age bands, the centre's places and waiting list, consent to"
                    + " share). The case is linked to the learner and ENROLLED. A refusal changes nothing.")
    @APIResponse(
            responseCode = "201",
            description = "Enrolled (or on the waiting list); Location names the placement",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EnrolmentView.class)))
    public Response enrol(@PathParam("id") long id, @Valid @NotNull EnrolmentInput input, UriInfo uri) {
        EnrolmentView enrolment = service.enrol(id, input);
        return Response.created(
                        uri.getBaseUriBuilder().path("v1/placements/{id}").build(enrolment.placementId()))
                .entity(enrolment)
                .build();
    }

    @POST
    @Path("/{id}/link")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEOPLE)
    @Operation(
            operationId = "linkCase",
            summary = "Link a case to the learner the child turned out to be (the case becomes ENROLLED)")
    public CaseView link(@PathParam("id") long id, @Valid @NotNull LinkInput input) {
        return service.link(id, input);
    }

    @POST
    @Path("/{id}/anonymisation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORATE_ADMIN)
    @Operation(
            operationId = "anonymiseCase",
            summary = "Erase an identified child's personal data for good, on request",
            description = "Names, MASSAR code, guardian, address and the text of notes and reasons are erased; sex,"
                    + " year of birth, where, when and how far the child was followed stay for statistics."
                    + " Irreversible; erasing a learner erases the case that found them too.")
    public CaseView erase(@PathParam("id") long id, @Valid @NotNull ErasureInput input) {
        return service.erase(id, input.reason());
    }
}
