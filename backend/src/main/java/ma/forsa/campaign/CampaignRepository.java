package ma.forsa.campaign;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import ma.forsa.common.paging.Like;
import ma.forsa.common.paging.Listing;

@ApplicationScoped
public class CampaignRepository implements PanacheRepository<Campaign> {

    public Listing<Campaign> search(
            String text, CampaignStatus status, Long schoolYearId, Long associationId, Sort order) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (text != null && !text.isBlank()) {
            where.append(" and (titleAr like :q escape '!' or titleFr like :q escape '!')");
            params.and("q", Like.contains(text));
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (schoolYearId != null) {
            where.append(" and schoolYearId = :year");
            params.and("year", schoolYearId);
        }
        if (associationId != null) {
            where.append(" and :association member of associationIds");
            params.and("association", associationId);
        }
        return Listing.of(
                this,
                Campaign.class,
                where.toString(),
                order == null ? Sort.by("startsOn").descending().and("id", Sort.Direction.Descending) : order,
                params);
    }

    public List<CampaignReach> reach(long campaignId) {
        return getEntityManager()
                .createQuery(
                        "from CampaignReach where campaignId = :id order by reachedOn, channel, id",
                        CampaignReach.class)
                .setParameter("id", campaignId)
                .getResultList();
    }

    public Optional<CampaignReach> reachOn(long campaignId, Channel channel, java.time.LocalDate day) {
        return getEntityManager()
                .createQuery(
                        "from CampaignReach where campaignId = :id and channel = :channel and reachedOn = :day",
                        CampaignReach.class)
                .setParameter("id", campaignId)
                .setParameter("channel", channel)
                .setParameter("day", day)
                .getResultStream()
                .findFirst();
    }

    public Optional<CampaignReach> reachEntry(long campaignId, long reachId) {
        return Optional.ofNullable(getEntityManager().find(CampaignReach.class, reachId))
                .filter(r -> r.campaignId == campaignId);
    }

    public void save(CampaignReach reach) {
        getEntityManager().persist(reach);
    }

    public void remove(CampaignReach reach) {
        getEntityManager().remove(reach);
    }
}
