package ma.forsa.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import ma.forsa.common.security.Caller;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Records every successful change made through the API, and every read of an operation marked
 * {@link PersonalData}, in one place: who (user, client, directorate, association), when, what
 * (action, entity and id, method and path) and from where (remote address).
 */
public class AuditRecorder {

    private static final Logger LOG = Logger.getLogger(AuditRecorder.class);
    private static final List<String> CHANGES = List.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    EntityManager em;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    Caller caller;

    @ServerResponseFilter
    public void record(
            ContainerRequestContext request,
            ContainerResponseContext response,
            ResourceInfo resource,
            HttpServerRequest http) {
        String method = request.getMethod();
        boolean change = CHANGES.contains(method);
        boolean personal = resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(PersonalData.class);
        int status = response.getStatus();
        if ((!change && !personal)
                || status >= 400
                || !request.getUriInfo().getRequestUri().getPath().startsWith("/api/")) {
            return;
        }
        SecurityIdentity identity = identities.getIdentity();
        if (identity == null || identity.isAnonymous()) {
            return;
        }
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.username = caller.username();
        event.clientId = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("azp") != null
                ? jwt.getClaim("azp").toString()
                : null;
        event.directorateCode = caller.directorate().orElse(null);
        event.associationId = caller.associationId().orElse(null);
        event.remoteAddress =
                http.remoteAddress() == null ? null : http.remoteAddress().host();
        event.action = change ? action(method, status) : AuditEvent.Action.READ;
        String path = request.getUriInfo().getRequestUri().getPath();
        event.entityType = entityType(path);
        event.entityId = entityId(path, response.getHeaderString("Location"));
        event.httpMethod = method;
        event.path = path.length() > 300 ? path.substring(0, 300) : path;
        event.status = status;
        try {
            QuarkusTransaction.requiringNew().run(() -> em.persist(event));
        } catch (RuntimeException e) {
            LOG.error("Audit event could not be recorded for " + method + " " + event.path, e);
        }
    }

    private static AuditEvent.Action action(String method, int status) {
        return switch (method) {
            case "DELETE" -> AuditEvent.Action.DELETE;
            case "POST" -> status == 201 ? AuditEvent.Action.CREATE : AuditEvent.Action.UPDATE;
            default -> AuditEvent.Action.UPDATE;
        };
    }

    /** "/api/v1/learners/12/placements" → "learners". */
    static String entityType(String path) {
        String[] parts = path.split("/");
        return parts.length > 3 ? parts[3] : path;
    }

    /** The first number of the path, else the id at the end of the Location of a creation. */
    static Long entityId(String path, String location) {
        String[] parts = path.split("/");
        for (int i = 4; i < parts.length; i++) {
            if (parts[i].matches("\\d{1,18}")) {
                return Long.valueOf(parts[i]);
            }
        }
        if (location != null) {
            String last = URI.create(location).getPath().replaceAll(".*/", "");
            if (last.matches("\\d{1,18}")) {
                return Long.valueOf(last);
            }
        }
        return null;
    }
}
