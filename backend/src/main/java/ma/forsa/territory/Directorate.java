package ma.forsa.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A provincial directorate (المديرية الإقليمية); reference data, changed only by migrations. */
@Entity
@Table(name = "directorate")
public class Directorate {

    @Id
    public String code;

    @Column(name = "academy_code", nullable = false)
    public String academyCode;

    @Column(name = "name_ar", nullable = false)
    public String nameAr;

    @Column(name = "name_fr", nullable = false)
    public String nameFr;
}
