package ma.forsa.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Exact counts of beneficiaries from the aggregates the placements' triggers keep (V23__beneficiary_aggregates.sql):
 * the learners of every cell, plus the deltas not compacted yet, minus what the learners in several cells of a
 * coarser group were counted too often. One statement, so one consistent view of the three, whatever commits
 * meanwhile; it reads the cells of the directorates asked (a few thousand rows for the largest directorate's year),
 * never the placements.
 */
@ApplicationScoped
class BeneficiaryCube {

    @Inject
    EntityManager em;

    /** Per group of these dimensions (in their order, then the count), the distinct learners; no empty group. */
    List<Object[]> counts(long yearId, List<String> directorates, List<Dimension> dimensions) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                (List<Object[]>) query(yearId, directorates, dimensions).getResultList();
        return rows;
    }

    /** The distinct learners of the directorates in the year. */
    long total(long yearId, List<String> directorates) {
        Object count = query(yearId, directorates, List.of()).getSingleResult();
        return count == null ? 0 : ((Number) count).longValue();
    }

    private jakarta.persistence.Query query(long yearId, List<String> directorates, List<Dimension> dimensions) {
        String columns = dimensions.stream().map(d -> d.column + ", ").collect(Collectors.joining());
        String member = dimensions.stream().map(d -> "m." + d.column + ", ").collect(Collectors.joining());
        String grouped = dimensions.isEmpty()
                ? ""
                : " GROUP BY " + dimensions.stream().map(d -> d.column).collect(Collectors.joining(", "));
        String sql = "SELECT " + columns + "SUM(n) FROM ("
                + "SELECT " + columns + "learners AS n FROM beneficiary_cell"
                + " WHERE school_year_id = :year AND directorate_code IN (:directorates)"
                + " UNION ALL SELECT " + columns + "learners FROM beneficiary_delta"
                + " WHERE school_year_id = :year AND directorate_code IN (:directorates)"
                // a learner in k cells of a group was counted k times there: k - 1 too many
                + " UNION ALL SELECT " + member + "COUNT(DISTINCT m.learner_id) - COUNT(*) FROM beneficiary_learner s"
                + " JOIN beneficiary_member m ON m.school_year_id = s.school_year_id AND m.learner_id = s.learner_id"
                + " WHERE s.school_year_id = :year AND s.cells > 1 AND m.directorate_code IN (:directorates)"
                + (dimensions.isEmpty()
                        ? ""
                        : " GROUP BY "
                                + dimensions.stream().map(d -> "m." + d.column).collect(Collectors.joining(", ")))
                + ") x" + grouped
                + (dimensions.isEmpty()
                        ? ""
                        : " HAVING SUM(n) <> 0 ORDER BY "
                                + dimensions.stream().map(d -> d.column).collect(Collectors.joining(", ")));
        return em.createNativeQuery(sql).setParameter("year", yearId).setParameter("directorates", directorates);
    }
}
