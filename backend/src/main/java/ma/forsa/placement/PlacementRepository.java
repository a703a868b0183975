package ma.forsa.placement;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.forsa.common.paging.Listing;

@ApplicationScoped
public class PlacementRepository implements PanacheRepository<Placement> {

    public record Filter(Long centreId, Long schoolYearId, PlacementStatus status, Long learnerId) {}

    public Listing<Placement> search(Filter f) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (f.centreId() != null) {
            where.append(" and centreId = :centre");
            params.and("centre", f.centreId());
        }
        if (f.schoolYearId() != null) {
            where.append(" and schoolYearId = :year");
            params.and("year", f.schoolYearId());
        }
        if (f.status() != null) {
            where.append(" and status = :status");
            params.and("status", f.status());
        }
        if (f.learnerId() != null) {
            where.append(" and learnerId = :learner");
            params.and("learner", f.learnerId());
        }
        Sort sort = f.status() == PlacementStatus.WAITING
                ? Sort.by("requestedAt").and("id")
                : Sort.by("requestedAt").descending().and("id", Sort.Direction.Descending);
        return Listing.of(this, Placement.class, where.toString(), sort, params);
    }

    /**
     * The open placement of each learner, in the newest school year they have one; a single query
     * for a whole page of learners. Seen in the caller's scope, like every placement.
     */
    public Map<Long, CurrentPlacement> currentOf(Collection<Long> learnerIds) {
        Map<Long, CurrentPlacement> current = new HashMap<>();
        if (learnerIds.isEmpty()) {
            return current;
        }
        getEntityManager()
                .createQuery(
                        "select new ma.forsa.placement.CurrentPlacement(p.learnerId, p.id, p.status,"
                                + " p.programme, p.centreId, c.nameAr, c.nameFr, p.associationId, y.code)"
                                + " from Placement p, ma.forsa.centre.Centre c, ma.forsa.schoolyear.SchoolYear y"
                                + " where c.id = p.centreId and y.id = p.schoolYearId and p.status <> :ended and p.learnerId in :learners"
                                + " order by y.startsOn desc, p.id desc",
                        CurrentPlacement.class)
                .setParameter("ended", PlacementStatus.ENDED)
                .setParameter("learners", learnerIds)
                .getResultList()
                .forEach(p -> current.putIfAbsent(p.learnerId(), p));
        return current;
    }

    public Optional<Placement> openFor(long learnerId, long schoolYearId) {
        return find(
                        "learnerId = ?1 and schoolYearId = ?2 and status <> ?3",
                        learnerId,
                        schoolYearId,
                        PlacementStatus.ENDED)
                .firstResultOptional();
    }

    /**
     * Enrolled learners per class of a centre in a year, counted in SQL without the caller's
     * scope: seats are the centre's, whoever placed the learners.
     */
    public Map<Integer, Long> enrolledByClass(long centreId, long schoolYearId) {
        Map<Integer, Long> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("SELECT class_number, COUNT(*) FROM placement"
                        + " WHERE centre_id = ?1 AND school_year_id = ?2 AND status = 'ENROLLED' GROUP BY class_number")
                .setParameter(1, centreId)
                .setParameter(2, schoolYearId)
                .getResultList();
        rows.forEach(row -> counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    public List<Placement> waiting(long centreId, long schoolYearId) {
        return find(
                        "centreId = ?1 and schoolYearId = ?2 and status = ?3",
                        Sort.by("requestedAt").and("id"),
                        centreId,
                        schoolYearId,
                        PlacementStatus.WAITING)
                .list();
    }

    /**
     * The place of each of these waiting placements on its centre's list of the year (1 = next), in one statement
     * (through the index of the centre's list), whatever the caller's scope: positions are the centre's.
     */
    public Map<Long, Integer> waitingPositions(Collection<Long> ids) {
        Map<Long, Integer> positions = new HashMap<>();
        if (ids.isEmpty()) {
            return positions;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("SELECT p.id, (SELECT COUNT(*) FROM placement w WHERE w.centre_id = p.centre_id"
                        + " AND w.school_year_id = p.school_year_id AND w.status = 'WAITING'"
                        + " AND (w.requested_at < p.requested_at OR (w.requested_at = p.requested_at AND w.id < p.id)))"
                        + " FROM placement p WHERE p.id IN (:ids)")
                .setParameter("ids", ids)
                .getResultList();
        rows.forEach(row -> positions.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue() + 1));
        return positions;
    }

    /** Placements of the learner that are not over (enrolled or waiting). */
    public long openPlacements(long learnerId) {
        return ((Number) getEntityManager()
                        .createNativeQuery(
                                "SELECT COUNT(*) FROM placement WHERE learner_id = ?1 AND status IN ('WAITING', 'ENROLLED')")
                        .setParameter(1, learnerId)
                        .getSingleResult())
                .longValue();
    }

    /** The free-text reasons of consent overrides on the learner's placements may name people: erased too. */
    public void eraseOverrideReasons(long learnerId) {
        getEntityManager()
                .createNativeQuery("UPDATE placement SET consent_override_reason = '—'"
                        + " WHERE learner_id = ?1 AND consent_override_reason IS NOT NULL")
                .setParameter(1, learnerId)
                .executeUpdate();
    }
}
