package ma.forsa.centre;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import ma.forsa.common.persistence.Tracked;
import ma.forsa.common.security.Scope;
import ma.forsa.programme.Programme;
import org.hibernate.annotations.Filter;

/** A place where an association runs a programme (مركز). */
@Entity
@Table(name = "centre")
@Filter(name = Scope.DIRECTORATE_FILTER, condition = "directorate_code in (:directorates)")
@Filter(name = Scope.ASSOCIATION_FILTER, condition = "association_id = :association")
public class Centre extends Tracked {

    public static final int DEFAULT_CLASS_CAP = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "directorate_code", nullable = false, updatable = false)
    public String directorateCode;

    @Column(name = "association_id", nullable = false)
    public Long associationId;

    @Column(name = "name_ar", nullable = false)
    public String nameAr;

    @Column(name = "name_fr")
    public String nameFr;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Programme type;

    @Column(name = "commune_code", nullable = false)
    public String communeCode;

    public String address;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "class_cap", nullable = false)
    public int classCap = DEFAULT_CLASS_CAP;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    @Column(nullable = false)
    public boolean active = true;

    @ElementCollection
    @CollectionTable(name = "centre_strand", joinColumns = @JoinColumn(name = "centre_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "strand")
    public Set<Strand> strands = EnumSet.noneOf(Strand.class);

    @ElementCollection
    @CollectionTable(name = "centre_trade", joinColumns = @JoinColumn(name = "centre_id"))
    @Column(name = "trade")
    public Set<String> trades = new TreeSet<>();
}
