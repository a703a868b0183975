package ma.forsa.caravan;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import ma.forsa.common.paging.Like;
import ma.forsa.common.paging.Listing;

@ApplicationScoped
public class CaravanRepository implements PanacheRepository<Caravan> {

    public Listing<Caravan> search(Long campaignId, String text) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (campaignId != null) {
            where.append(" and campaignId = :campaign");
            params.and("campaign", campaignId);
        }
        if (text != null && !text.isBlank()) {
            where.append(" and name like :q escape '!'");
            params.and("q", Like.contains(text));
        }
        return Listing.of(
                this,
                Caravan.class,
                where.toString(),
                Sort.by("startsOn").descending().and("id", Sort.Direction.Descending),
                params);
    }

    /** The names of these caravans, in one query. */
    public Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("select c.id, c.name from Caravan c where c.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }
}
