package ma.forsa.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
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
     * as rows of (dimensions…, status, contacted, referred, days, cases, their record keys); of the cells the
     * conditions (a dimension's column and its value) narrow them to.
     */
    List<Object[]> counts(
            long yearId,
            List<String> directorates,
            List<FunnelDimension> dimensions,
            Map<FunnelDimension, Object> only) {
        String columns = dimensions.stream().map(d -> d.column + ", ").collect(Collectors.joining())
                + "status, contacted, referred, days";
        // the conditions with named parameters, never their values written into the statement
        String narrowed = only.keySet().stream()
                .map(d -> " AND " + d.column + " = :f_" + d.column)
                .collect(Collectors.joining());
        String where = " WHERE school_year_id = :year AND directorate_code IN (:directorates)" + narrowed;
        jakarta.persistence.Query query = em.createNativeQuery("SELECT " + columns + ", SUM(n), SUM(k) FROM (SELECT "
                        + columns + ", cases AS n, record_keys AS k FROM funnel_cell" + where + " UNION ALL SELECT "
                        + columns + ", cases, record_keys FROM funnel_delta" + where + ") x GROUP BY " + columns
                        + " HAVING SUM(n) <> 0 ORDER BY " + columns)
                .setParameter("year", yearId)
                .setParameter("directorates", directorates);
        only.forEach((d, value) -> query.setParameter("f_" + d.column, value));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }
}
