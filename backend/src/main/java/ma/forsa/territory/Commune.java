package ma.forsa.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A commune of a directorate's province; reference data, changed only by migrations. */
@Entity
@Table(name = "commune")
public class Commune {

    @Id
    public String code;

    @Column(name = "directorate_code", nullable = false)
    public String directorateCode;

    @Column(name = "name_ar", nullable = false)
    public String nameAr;

    @Column(name = "name_fr", nullable = false)
    public String nameFr;
}
