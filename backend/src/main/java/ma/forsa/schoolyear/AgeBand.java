package ma.forsa.schoolyear;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import ma.forsa.programme.Programme;

/**
 * The ages a programme takes in a school year: the default (no directorate) or one
 * directorate's own band, which wins there.
 */
@Entity
@Table(name = "age_band")
public class AgeBand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "school_year_id", nullable = false)
    public Long schoolYearId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Programme programme;

    @Column(name = "directorate_code")
    public String directorateCode;

    @Column(name = "min_age", nullable = false)
    public int minAge;

    @Column(name = "max_age", nullable = false)
    public int maxAge;

    public boolean admits(int age) {
        return age >= minAge && age <= maxAge;
    }
}
