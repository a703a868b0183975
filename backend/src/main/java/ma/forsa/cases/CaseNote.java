package ma.forsa.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A dated follow-up note on a case (a call, a visit, what the family said). */
@Entity
@Table(name = "child_case_note")
public class CaseNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public Long caseId;

    @Column(name = "noted_on", nullable = false)
    public LocalDate notedOn;

    @Column(nullable = false)
    public String text;

    @Column(name = "written_by", nullable = false, updatable = false)
    public String writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    public Instant writtenAt;
}
