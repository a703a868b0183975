package ma.forsa.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import ma.forsa.common.paging.PageParams;
import ma.forsa.common.paging.PageView;
import ma.forsa.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who did what, when, through which client and from where (read only)")
public class AuditResource {

    @Inject
    AuditService service;

    @GET
    @RolesAllowed(Roles.DIRECTORATE_ADMIN)
    @Operation(
            operationId = "searchAuditEvents",
            summary = "Search the audit trail of the admin's directorate, newest first",
            description = "Every change made through the API and every read of a learner's or a pupil's personal data."
                    + " The trail cannot be changed or deleted through the API.")
    public PageView<AuditView> search(
            @QueryParam("username") @Size(max = 100) String username,
            @QueryParam("entityType") @Size(max = 40) @Parameter(description = "learners, placements, agreements…")
                    String entityType,
            @QueryParam("entityId") Long entityId,
            @QueryParam("action") AuditEvent.Action action,
            @QueryParam("from") @Parameter(description = "ISO instant, e.g. 2025-09-16T00:00:00Z") Instant from,
            @QueryParam("to") Instant to,
            @Valid @BeanParam PageParams page) {
        return service.search(new AuditService.Filter(username, entityType, entityId, action, from, to), page);
    }
}
