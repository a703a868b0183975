package ma.forsa.caravan;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import ma.forsa.common.paging.Listing;

@ApplicationScoped
public class StopRepository implements PanacheRepository<Stop> {

    /** An itinerary, or one day's stops of every caravan: by date, then as they were planned. */
    public Listing<Stop> search(Long caravanId, LocalDate on, StopStatus status) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (caravanId != null) {
            where.append(" and caravanId = :caravan");
            params.and("caravan", caravanId);
        }
        if (on != null) {
            where.append(" and visitOn = :on");
            params.and("on", on);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        return Listing.of(this, Stop.class, where.toString(), Sort.by("visitOn").and("id"), params);
    }
}
