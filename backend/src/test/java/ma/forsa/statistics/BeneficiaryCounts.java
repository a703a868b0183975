package ma.forsa.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The beneficiary aggregates checked against the placements themselves: for every grouping of up to two
 * dimensions (and none), the counts the aggregates give equal the distinct learners counted again from the raw
 * rows, with a query that shares nothing with the aggregates' (no table, no trigger, no column name); and so do the
 * sums of their record keys, computed again in Java from the learners' ids.
 */
@ApplicationScoped
public class BeneficiaryCounts {

    /** The raw rows' column for each dimension. */
    static final Map<Dimension, String> RAW = Map.of(
            Dimension.DIRECTORATE, "p.directorate_code",
            Dimension.ASSOCIATION, "p.association_id",
            Dimension.CENTRE, "p.centre_id",
            Dimension.PROGRAMME, "p.programme",
            Dimension.SEX, "l.sex",
            Dimension.AGE, "p.age_at_reference",
            Dimension.NATIONALITY, "l.nationality",
            Dimension.STATUS, "p.status",
            Dimension.OUTCOME, "COALESCE(p.outcome, '')");

    @Inject
    BeneficiaryCube cube;

    @Inject
    RecordKeys keys;

    @Inject
    AgroalDataSource dataSource;

    /** Every grouping of up to two dimensions, and the total. */
    public static List<List<Dimension>> groupings() {
        List<List<Dimension>> all = new ArrayList<>();
        all.add(List.of());
        Dimension[] d = Dimension.values();
        for (int i = 0; i < d.length; i++) {
            all.add(List.of(d[i]));
            for (int j = i + 1; j < d.length; j++) {
                all.add(List.of(d[i], d[j]));
            }
        }
        return all;
    }

    /**
     * Fails on the first grouping whose counts or record keys differ (the keys computed again in Java from the
     * learners' ids); answers how many groups were compared.
     */
    @Transactional
    public int assertExact(long yearId, List<String> directorates) {
        int compared = 0;
        for (List<Dimension> grouping : groupings()) {
            Map<String, Tally> raw = rawTallies(yearId, directorates, grouping);
            Map<String, Tally> aggregated = new TreeMap<>();
            if (grouping.isEmpty()) {
                Tally total = cube.total(yearId, directorates);
                if (total.count() != 0) {
                    aggregated.put("", total);
                }
            } else {
                for (Object[] row : cube.counts(yearId, directorates, grouping)) {
                    aggregated.put(
                            Arrays.stream(row, 0, grouping.size())
                                    .map(String::valueOf)
                                    .collect(Collectors.joining("|")),
                            Tally.of(row, grouping.size()));
                }
            }
            assertEquals(raw, aggregated, "beneficiaries by " + grouping + " in " + directorates);
            compared += raw.size();
        }
        // and each centre's waiting list, against the placements waiting there
        Map<Long, List<Long>> waiting = new TreeMap<>();
        for (String[] pair : rows(
                "SELECT p.centre_id, p.learner_id FROM placement p WHERE p.school_year_id = ?"
                        + " AND p.status = 'WAITING' AND p.directorate_code IN ("
                        + directorates.stream().map(d -> "?").collect(Collectors.joining(", ")) + ")",
                yearId,
                directorates)) {
            waiting.computeIfAbsent(Long.valueOf(pair[0]), c -> new ArrayList<>())
                    .add(Long.valueOf(pair[1]));
        }
        Map<Long, Tally> raw = new TreeMap<>();
        waiting.forEach((centre, learners) -> raw.put(centre, keys.ofLearners(learners)));
        List<Long> centres = new ArrayList<>();
        for (String[] row : rows(
                "SELECT DISTINCT centre_id FROM placement WHERE school_year_id = ? AND directorate_code IN ("
                        + directorates.stream().map(d -> "?").collect(Collectors.joining(", ")) + ")",
                yearId,
                directorates)) {
            centres.add(Long.valueOf(row[0]));
        }
        assertEquals(raw, new TreeMap<>(cube.waitingAt(yearId, centres)), "waiting in " + directorates);
        return compared + raw.size();
    }

    /** Every column of each row, as text; the year, then the directorates, as parameters. */
    private List<String[]> rows(String sql, long yearId, List<String> directorates) {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, yearId);
            for (int i = 0; i < directorates.size(); i++) {
                s.setString(i + 2, directorates.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    String[] row = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = String.valueOf(r.getObject(i + 1));
                    }
                    rows.add(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** Distinct learners per group, counted from the placements and learners. */
    public Map<String, Long> raw(long yearId, List<String> directorates, List<Dimension> grouping) {
        Map<String, Long> counts = new TreeMap<>();
        rawTallies(yearId, directorates, grouping).forEach((group, tally) -> counts.put(group, tally.count()));
        return counts;
    }

    /** The same with the learners' record keys, each group's learners read from the placements and learners. */
    private Map<String, Tally> rawTallies(long yearId, List<String> directorates, List<Dimension> grouping) {
        String columns = grouping.stream().map(RAW::get).collect(Collectors.joining(", "));
        String sql = "SELECT DISTINCT " + (grouping.isEmpty() ? "" : columns + ", ")
                + "p.learner_id FROM placement p JOIN learner l ON l.id = p.learner_id"
                + " WHERE p.school_year_id = ? AND p.enrolled_on IS NOT NULL AND p.directorate_code IN ("
                + directorates.stream().map(d -> "?").collect(Collectors.joining(", ")) + ")";
        Map<String, List<Long>> learners = new TreeMap<>();
        for (String[] row : rows(sql, yearId, directorates)) {
            learners.computeIfAbsent(
                            String.join("|", Arrays.asList(row).subList(0, grouping.size())), k -> new ArrayList<>())
                    .add(Long.valueOf(row[grouping.size()]));
        }
        Map<String, Tally> tallies = new TreeMap<>();
        learners.forEach((group, ids) -> tallies.put(group, keys.ofLearners(ids)));
        return tallies;
    }
}
