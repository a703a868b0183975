package ma.forsa.support;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.forsa.common.persistence.Tracked;
import ma.forsa.common.security.Scope;
import ma.forsa.support.SupportEnums.ActivityCategory;
import ma.forsa.support.SupportEnums.ActivityKind;
import org.hibernate.annotations.Filter;

/** A psychological support session or a parallel activity at a centre, with who attended. */
@Entity
@Table(name = "support_activity")
@Filter(name = Scope.DIRECTORATE_FILTER, condition = "directorate_code in (:directorates)")
@Filter(name = Scope.ASSOCIATION_FILTER, condition = "association_id = :association")
public class SupportActivity extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "directorate_code", nullable = false, updatable = false)
    public String directorateCode;

    @Column(name = "association_id", nullable = false, updatable = false)
    public Long associationId;

    @Column(name = "centre_id", nullable = false)
    public Long centreId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityKind kind;

    @Enumerated(EnumType.STRING)
    public ActivityCategory category;

    @Column(nullable = false)
    public String title;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    public String facilitator;
    public String notes;

    @ElementCollection
    @CollectionTable(name = "support_attendance", joinColumns = @JoinColumn(name = "activity_id"))
    public List<Attendance> attendance = new ArrayList<>();

    @Embeddable
    public static class Attendance {
        @Column(name = "learner_id", nullable = false)
        public Long learnerId;

        @Column(nullable = false)
        public boolean present;
    }
}
