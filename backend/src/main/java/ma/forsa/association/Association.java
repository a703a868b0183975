package ma.forsa.association;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import ma.forsa.common.security.Scope;
import org.hibernate.annotations.Filter;

/** A partner association (جمعية شريكة) that runs programmes for a directorate. */
@Entity
@Table(name = "association")
@Filter(name = Scope.DIRECTORATE_FILTER, condition = "directorate_code = :directorate")
@Filter(name = Scope.ASSOCIATION_FILTER, condition = "id = :association")
public class Association {

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

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }
}
