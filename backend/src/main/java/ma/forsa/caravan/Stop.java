package ma.forsa.caravan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import ma.forsa.common.persistence.Tracked;
import ma.forsa.common.security.Scope;
import org.hibernate.annotations.Filter;

/** A stop of a caravan's itinerary: a day in a neighbourhood or douar of a commune, and what it found there. */
@Entity
@Table(name = "caravan_stop")
@Filter(name = Scope.DIRECTORATE_FILTER, condition = "directorate_code in (:directorates)")
@Filter(
        name = Scope.ASSOCIATION_FILTER,
        condition = "caravan_id in (select v.id from caravan v join campaign_association ca"
                + " on ca.campaign_id = v.campaign_id where ca.association_id = :association)")
public class Stop extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "caravan_id", nullable = false, updatable = false)
    public Long caravanId;

    @Column(name = "directorate_code", nullable = false, updatable = false)
    public String directorateCode;

    @Column(name = "visit_on", nullable = false)
    public LocalDate visitOn;

    @Column(name = "commune_code", nullable = false)
    public String communeCode;

    @Column(nullable = false)
    public String place;

    @Column(precision = 9, scale = 6)
    public BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    public BigDecimal longitude;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StopStatus status = StopStatus.PLANNED;

    @Column(name = "households_visited")
    public Integer householdsVisited;

    @Column(name = "people_reached")
    public Integer peopleReached;

    public String notes;
}
