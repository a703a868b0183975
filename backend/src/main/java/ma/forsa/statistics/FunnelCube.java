package ma.forsa.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Exact counts of identified children from the aggregates their triggers keep (V24__funnel_aggregates.sql): the
 * cases of every cell plus the deltas not compacted yet, in one statement (one consistent view of both). A case is in
 * one cell at a time, so the cells add up; it reads the cells of the directorates asked, never the cases.
 */
@ApplicationScoped
class FunnelCube {

    @Inject
    EntityManager em;

    /**
     * Per group of these dimensions and per status, contacted and referred once, and days to enrolment: the cases,
     * as rows of (dimensions…, status, contacted, referred, days, cases, their record keys).
     */
    List<Object[]> counts(long yearId, List<String> directorates, List<FunnelDimension> dimensions) {
        String columns = dimensions.stream().map(d -> d.column + ", ").collect(Collectors.joining())
                + "status, contacted, referred, days";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + columns + ", SUM(n), SUM(k) FROM (SELECT " + columns
                        + ", cases AS n, record_keys AS k FROM funnel_cell WHERE school_year_id = :year AND directorate_code IN"
                        + " (:directorates) UNION ALL SELECT " + columns + ", cases, record_keys FROM funnel_delta"
                        + " WHERE school_year_id = :year AND directorate_code IN (:directorates)) x GROUP BY "
                        + columns + " HAVING SUM(n) <> 0 ORDER BY " + columns)
                .setParameter("year", yearId)
                .setParameter("directorates", directorates)
                .getResultList();
        return rows;
    }
}
