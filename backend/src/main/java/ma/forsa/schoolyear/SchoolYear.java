package ma.forsa.schoolyear;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.i18n.Sentence;
import ma.forsa.common.persistence.Tracked;

/** A school year (الموسم الدراسي) such as 2025/2026, with the date ages are counted at. */
@Entity
@Table(name = "school_year")
public class SchoolYear extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "age_reference_date", nullable = false)
    public LocalDate ageReferenceDate;

    /** Whether a day falls within the school year, its first and last day included. */
    public boolean includes(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** Why a day is refused for this year, beside the field that holds it. */
    public Sentence outside() {
        return Sentence.of(Message.OUTSIDE_SCHOOL_YEAR, code, startsOn, endsOn);
    }

    /** The enrolment date to propose on a given day: that day while the year runs, otherwise its first day. */
    public LocalDate proposedEnrolmentDate(LocalDate today) {
        return includes(today) ? today : startsOn;
    }

    /** A day brought within the school year: its first day before it starts, its last day after it ends. */
    public LocalDate within(LocalDate day) {
        return day.isBefore(startsOn) ? startsOn : day.isAfter(endsOn) ? endsOn : day;
    }
}
