package ma.forsa.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import ma.forsa.support.SupportEnums.SupportAction;

/** Something an association did for a pupil at risk; a journal, never changed. */
@Entity
@Table(name = "at_risk_action")
public class AtRiskAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "pupil_id", nullable = false, updatable = false)
    public Long pupilId;

    @Column(name = "acted_on", nullable = false, updatable = false)
    public LocalDate actedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public SupportAction action;

    @Column(updatable = false)
    public String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
}
