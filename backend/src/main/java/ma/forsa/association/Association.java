package ma.forsa.association;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import ma.forsa.common.persistence.Tracked;
import ma.forsa.common.security.Scope;
import org.hibernate.annotations.Filter;

/** A partner association (جمعية شريكة) that runs programmes for a directorate. */
@Entity
@Table(name = "association")
@Filter(name = Scope.DIRECTORATE_FILTER, condition = "directorate_code in (:directorates)")
@Filter(name = Scope.ASSOCIATION_FILTER, condition = "id = :association")
public class Association extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "directorate_code", nullable = false, updatable = false)
    public String directorateCode;

    @Column(name = "name_ar", nullable = false)
    public String nameAr;

    @Column(name = "name_fr")
    public String nameFr;

    public String acronym;

    @Column(name = "registration_number")
    public String registrationNumber;

    @Column(name = "commune_code")
    public String communeCode;

    public String address;
    public String phone;
    public String email;

    @Column(name = "contact_name")
    public String contactName;

    @Column(nullable = false)
    public boolean active = true;
}
