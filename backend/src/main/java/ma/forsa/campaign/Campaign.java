package ma.forsa.campaign;

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
import org.hibernate.annotations.Filter;

/**
 * An awareness campaign (حملة تحسيسية): a directorate and its partner associations tell families that their
 * children can go back to learning, through meetings, door-to-door visits, the radio…, and send caravans out.
 */
@Entity
@Table(name = "campaign")
@Filter(name = Scope.DIRECTORATE_FILTER, condition = "directorate_code in (:directorates)")
@Filter(
        name = Scope.ASSOCIATION_FILTER,
        condition = "id in (select ca.campaign_id from campaign_association ca where ca.association_id = :association)")
public class Campaign extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "directorate_code", nullable = false, updatable = false)
    public String directorateCode;

    @Column(name = "school_year_id", nullable = false)
    public Long schoolYearId;

    @Column(name = "title_ar", nullable = false)
    public String titleAr;

    @Column(name = "title_fr")
    public String titleFr;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    public String objectives;

    @Column(name = "target_children")
    public Integer targetChildren;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignStatus status = CampaignStatus.PLANNED;

    @Column(name = "close_reason")
    public String closeReason;

    @ElementCollection
    @CollectionTable(name = "campaign_commune", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "commune_code")
    public Set<String> communeCodes = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "campaign_channel", joinColumns = @JoinColumn(name = "campaign_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "channel")
    public Set<Channel> channels = EnumSet.noneOf(Channel.class);

    @ElementCollection
    @CollectionTable(name = "campaign_association", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "association_id")
    public Set<Long> associationIds = new TreeSet<>();
}
