package ma.forsa.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of an agreement's lifecycle: who moved it, when, and why. Never changed. */
@Entity
@Table(name = "agreement_status_change")
public class AgreementStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    public Long agreementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    public AgreementStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public AgreementStatus toStatus;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    public String changedBy;

    @Column(updatable = false)
    public String reason;
}
