package ma.forsa.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import ma.forsa.common.security.Scope;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;

/** One audited act. Immutable: written once by AuditRecorder, never updated or deleted. */
@Entity
@Immutable
@Table(name = "audit_event")
@Filter(name = Scope.DIRECTORATE_FILTER, condition = "directorate_code in (:directorates)")
public class AuditEvent {

    public enum Action {
        CREATE,
        UPDATE,
        DELETE,
        READ
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String username;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "directorate_code")
    public String directorateCode;

    @Column(name = "association_id")
    public Long associationId;

    @Column(name = "remote_address")
    public String remoteAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id")
    public Long entityId;

    @Column(name = "http_method", nullable = false)
    public String httpMethod;

    @Column(nullable = false)
    public String path;

    @Column(nullable = false)
    public int status;
}
