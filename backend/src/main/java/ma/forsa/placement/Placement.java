package ma.forsa.placement;

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
import ma.forsa.common.persistence.Tracked;
import ma.forsa.common.security.Scope;
import ma.forsa.programme.Programme;
import org.hibernate.annotations.Filter;

/** A learner in a programme at a centre for a school year (تسجيل). */
@Entity
@Table(name = "placement")
@Filter(name = Scope.DIRECTORATE_FILTER, condition = "directorate_code in (:directorates)")
@Filter(name = Scope.ASSOCIATION_FILTER, condition = "association_id = :association")
public class Placement extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "learner_id", nullable = false, updatable = false)
    public Long learnerId;

    @Column(name = "centre_id", nullable = false, updatable = false)
    public Long centreId;

    @Column(name = "school_year_id", nullable = false, updatable = false)
    public Long schoolYearId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Programme programme;

    @Column(name = "directorate_code", nullable = false, updatable = false)
    public String directorateCode;

    @Column(name = "association_id", nullable = false, updatable = false)
    public Long associationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlacementStatus status;

    @Column(name = "class_number")
    public Integer classNumber;

    @Column(name = "age_at_reference", nullable = false, updatable = false)
    public int ageAtReference;

    @Column(name = "requested_at", nullable = false, updatable = false)
    public Instant requestedAt;

    @Column(name = "enrolled_on")
    public LocalDate enrolledOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "transferred_from_id")
    public Long transferredFromId;

    @Column(name = "transferred_to_id")
    public Long transferredToId;

    @Column(name = "consent_override_reason", updatable = false)
    public String consentOverrideReason;

    @Column(name = "consent_override_by", updatable = false)
    public String consentOverrideBy;
}
