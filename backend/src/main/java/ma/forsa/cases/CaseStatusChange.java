package ma.forsa.cases;

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

/** One move of a case: the day it happened, who recorded it, and why. */
@Entity
@Table(name = "child_case_status_change")
public class CaseStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    public CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public CaseStatus toStatus;

    @Column(name = "changed_on", nullable = false, updatable = false)
    public LocalDate changedOn;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    public String changedBy;

    public String reason;
}
