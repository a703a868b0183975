package ma.forsa.caravan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.forsa.common.persistence.Tracked;
import ma.forsa.common.security.Scope;
import org.hibernate.annotations.Filter;

/** A community caravan (قافلة): a team that goes from stop to stop under a campaign, looking for children. */
@Entity
@Table(name = "caravan")
@Filter(name = Scope.DIRECTORATE_FILTER, condition = "directorate_code in (:directorates)")
@Filter(
        name = Scope.ASSOCIATION_FILTER,
        condition = "campaign_id in (select ca.campaign_id from campaign_association ca"
                + " where ca.association_id = :association)")
public class Caravan extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    public Long campaignId;

    @Column(name = "directorate_code", nullable = false, updatable = false)
    public String directorateCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    public String notes;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "caravan_id", nullable = false, updatable = false)
    @OrderBy("id")
    public List<CaravanMember> members = new ArrayList<>();
}
