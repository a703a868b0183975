package ma.forsa.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
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

    /** Which learners are counted: of a school year and directorates, the cells {@code only} takes, narrowed. */
    record Question(long yearId, List<String> directorates, Only only, StatisticsFilter filter) {

        static Question of(long yearId, List<String> directorates) {
            return new Question(yearId, directorates, Only.ALL, StatisticsFilter.NONE);
        }

        Question only(Only which) {
            return new Question(yearId, directorates, which, filter);
        }

        Question narrowed(StatisticsFilter by) {
            return new Question(yearId, directorates, only, by);
        }

        Question inYear(long otherYear) {
            return new Question(otherYear, directorates, only, filter);
        }
    }

    /**
     * Per group of these dimensions, the distinct learners: rows of the dimensions in their order, then the count and
     * the learners' record keys ({@link Tally#of}); no empty group.
     */
    List<Object[]> counts(long yearId, List<String> directorates, List<Dimension> dimensions) {
        return counts(Question.of(yearId, directorates), dimensions);
    }

    /** The same, for the question. */
    List<Object[]> counts(Question question, List<Dimension> dimensions) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = (List<Object[]>) query(question, dimensions).getResultList();
        return rows;
    }

    /** The distinct learners of the directorates in the year. */
    Tally total(long yearId, List<String> directorates) {
        return total(Question.of(yearId, directorates));
    }

    /** The same, for the question. */
    Tally total(Question question) {
        return Tally.of((Object[]) query(question, List.of()).getSingleResult(), 0);
    }

    /**
     * Per set of centres (an agreement's) and programme, the distinct learners of the year at any centre of the set,
     * as rows of (set, programme, count, keys): a learner at two centres of one set counts once. Sets and centres are ids
     * the database gave, written into the statement as numbers.
     */
    List<Object[]> countsAtCentres(
            long yearId, List<String> directorates, Map<Long, ? extends java.util.Collection<Long>> sets) {
        String pairs = sets.entrySet().stream()
                .flatMap(set -> set.getValue().stream()
                        .map(centre -> "SELECT " + set.getKey().longValue() + " AS set_id, " + centre.longValue()
                                + " AS centre_id"))
                .collect(Collectors.joining(" UNION ALL "));
        if (pairs.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT set_id, programme, SUM(n), SUM(k) FROM ("
                + "SELECT s.set_id, c.programme, c.learners AS n, c.record_keys AS k FROM beneficiary_cell c JOIN ("
                + pairs + ") s ON s.centre_id = c.centre_id WHERE c.school_year_id = :year AND c.directorate_code IN"
                + " (:directorates)"
                + " UNION ALL SELECT s.set_id, d.programme, d.learners, d.record_keys FROM beneficiary_delta d JOIN ("
                + pairs + ") s ON s.centre_id = d.centre_id WHERE d.school_year_id = :year AND d.directorate_code IN"
                + " (:directorates)"
                // a learner in k cells of a set was counted k times there: k - 1 too many
                + " UNION ALL SELECT set_id, programme, SUM(1 - cells), SUM(record_key * (1 - cells)) FROM ("
                + "SELECT s.set_id, m.programme, m.learner_id, COUNT(*) AS cells, MAX(m.record_key) AS record_key"
                + " FROM beneficiary_learner l JOIN beneficiary_member m ON m.school_year_id = l.school_year_id"
                + " AND m.learner_id = l.learner_id JOIN (" + pairs + ") s ON s.centre_id = m.centre_id"
                + " WHERE l.school_year_id = :year AND l.cells > 1 AND m.directorate_code IN (:directorates)"
                + " GROUP BY s.set_id, m.programme, m.learner_id) t GROUP BY set_id, programme"
                + ") x GROUP BY set_id, programme HAVING SUM(n) <> 0";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter("year", yearId)
                .setParameter("directorates", directorates)
                .getResultList();
        return rows;
    }

    /**
     * Per centre of these, the placements waiting for a seat in the school year and their learners' keys, from the
     * waiting lists' aggregates (V27__waiting_aggregates.sql); a centre with none is not in the answer.
     */
    Map<Long, Tally> waitingAt(long yearId, java.util.Collection<Long> centres) {
        Map<Long, Tally> waiting = new java.util.HashMap<>();
        if (centres.isEmpty()) {
            return waiting;
        }
        String where = " WHERE school_year_id = :year AND centre_id IN (:centres)";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT centre_id, SUM(n), SUM(k) FROM (SELECT centre_id,"
                        + " placements AS n, record_keys AS k FROM waiting_cell" + where + " UNION ALL SELECT"
                        + " centre_id, placements, record_keys FROM waiting_delta" + where + ") x GROUP BY centre_id"
                        + " HAVING SUM(n) <> 0")
                .setParameter("year", yearId)
                .setParameter("centres", centres)
                .getResultList();
        rows.forEach(r -> waiting.put(((Number) r[0]).longValue(), Tally.of(r, 1)));
        return waiting;
    }

    private jakarta.persistence.Query query(Question question, List<Dimension> dimensions) {
        Only only = question.only();
        Map<Dimension, Object> narrowed = question.filter().conditions();
        // the filter's conditions, with named parameters (never its values written into the statement)
        String filter = narrowed.keySet().stream()
                .map(d -> " AND " + d.column + " = :f_" + d.column)
                .collect(Collectors.joining());
        String memberFilter = narrowed.keySet().stream()
                .map(d -> " AND m." + d.column + " = :f_" + d.column)
                .collect(Collectors.joining());
        String columns = dimensions.stream().map(d -> d.column + ", ").collect(Collectors.joining());
        String member = dimensions.stream().map(d -> "m." + d.column + ", ").collect(Collectors.joining());
        String grouped = dimensions.isEmpty()
                ? ""
                : " GROUP BY " + dimensions.stream().map(d -> d.column).collect(Collectors.joining(", "));
        String sql = "SELECT " + columns + "SUM(n), SUM(k) FROM ("
                + "SELECT " + columns + "learners AS n, record_keys AS k FROM beneficiary_cell"
                + " WHERE school_year_id = :year AND directorate_code IN (:directorates)" + only.condition + filter
                + " UNION ALL SELECT " + columns + "learners, record_keys FROM beneficiary_delta"
                + " WHERE school_year_id = :year AND directorate_code IN (:directorates)" + only.condition + filter
                // a learner in k cells of a group was counted k times there (and their key): k - 1 too many
                + " UNION ALL SELECT " + columns + "SUM(1 - cells), SUM(record_key * (1 - cells)) FROM (SELECT "
                + member + "m.learner_id, COUNT(*) AS cells, MAX(m.record_key) AS record_key"
                + " FROM beneficiary_learner s JOIN beneficiary_member m ON m.school_year_id = s.school_year_id"
                + " AND m.learner_id = s.learner_id"
                + " WHERE s.school_year_id = :year AND s.cells > 1 AND m.directorate_code IN (:directorates)"
                + only.condition.replace(" status", " m.status").replace(" outcome", " m.outcome") + memberFilter
                + " GROUP BY " + member + "m.learner_id) t" + grouped
                + ") x" + grouped
                + (dimensions.isEmpty()
                        ? ""
                        : " HAVING SUM(n) <> 0 ORDER BY "
                                + dimensions.stream().map(d -> d.column).collect(Collectors.joining(", ")));
        jakarta.persistence.Query query = em.createNativeQuery(sql)
                .setParameter("year", question.yearId())
                .setParameter("directorates", question.directorates());
        narrowed.forEach((d, value) -> query.setParameter("f_" + d.column, value));
        return query;
    }
}
