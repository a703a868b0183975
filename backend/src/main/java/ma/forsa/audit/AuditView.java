package ma.forsa.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent")
public record AuditView(
        long id,
        Instant occurredAt,
        String username,
        String clientId,
        String directorateCode,
        Long associationId,
        String remoteAddress,
        AuditEvent.Action action,
        String entityType,
        Long entityId,
        String httpMethod,
        String path,
        int status) {

    static AuditView of(AuditEvent e) {
        return new AuditView(
                e.id,
                e.occurredAt,
                e.username,
                e.clientId,
                e.directorateCode,
                e.associationId,
                e.remoteAddress,
                e.action,
                e.entityType,
                e.entityId,
                e.httpMethod,
                e.path,
                e.status);
    }
}
