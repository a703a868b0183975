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

    /** Which of the learners' cells a count takes. */
    enum Only {
        /** Every beneficiary. */
        ALL(""),
        /** Enrolled now: a centre's occupied seats. */
        ENROLLED(" AND status = 'ENROLLED'"),
        /** Whose placement ended with a destination (not a transfer): the outcomes. */
        WITH_DESTINATION(" AND status = 'ENDED' AND outcome IN ('COMPLETED', 'REINTEGRATED_FORMAL_SCHOOL',"
                + " 'VOCATIONAL_TRAINING', 'LABOUR_MARKET', 'DROPPED_OUT')");

        final String condition;

        Only(String condition) {
            this.condition = condition;
        }
    }

    /** Per group of these dimensions (in their order, then the count), the distinct learners; no empty group. */
    List<Object[]> counts(long yearId, List<String> directorates, List<Dimension> dimensions) {
        return counts(yearId, directorates, dimensions, Only.ALL);
    }

    /** The same, of the cells {@code only} takes. */
    List<Object[]> counts(long yearId, List<String> directorates, List<Dimension> dimensions, Only only) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                (List<Object[]>) query(yearId, directorates, dimensions, only).getResultList();
        return rows;
    }

    /** The distinct learners of the directorates in the year. */
    long total(long yearId, List<String> directorates) {
        return total(yearId, directorates, Only.ALL);
    }

    /** The same, of the cells {@code only} takes. */
    long total(long yearId, List<String> directorates, Only only) {
        Object count = query(yearId, directorates, List.of(), only).getSingleResult();
        return count == null ? 0 : ((Number) count).longValue();
    }

    private jakarta.persistence.Query query(
            long yearId, List<String> directorates, List<Dimension> dimensions, Only only) {
        String columns = dimensions.stream().map(d -> d.column + ", ").collect(Collectors.joining());
        String member = dimensions.stream().map(d -> "m." + d.column + ", ").collect(Collectors.joining());
        String grouped = dimensions.isEmpty()
                ? ""
                : " GROUP BY " + dimensions.stream().map(d -> d.column).collect(Collectors.joining(", "));
        String sql = "SELECT " + columns + "SUM(n) FROM ("
                + "SELECT " + columns + "learners AS n FROM beneficiary_cell"
                + " WHERE school_year_id = :year AND directorate_code IN (:directorates)" + only.condition
                + " UNION ALL SELECT " + columns + "learners FROM beneficiary_delta"
                + " WHERE school_year_id = :year AND directorate_code IN (:directorates)" + only.condition
                // a learner in k cells of a group was counted k times there: k - 1 too many
                + " UNION ALL SELECT " + member + "COUNT(DISTINCT m.learner_id) - COUNT(*) FROM beneficiary_learner s"
                + " JOIN beneficiary_member m ON m.school_year_id = s.school_year_id AND m.learner_id = s.learner_id"
                + " WHERE s.school_year_id = :year AND s.cells > 1 AND m.directorate_code IN (:directorates)"
                + only.condition.replace(" status", " m.status").replace(" outcome", " m.outcome")
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
