package ma.forsa.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Every list and search of the API, with each of its filters, as a directorate's staff would call them: the index
 * test checks their plans, {@code ./forsa bench} measures them. A new list or filter is added here once.
 */
public final class ListCalls {

    /** A list and the filters it is asked with. */
    public record ListCall(String path, Map<String, Object> query) {

        /** The same call with one more parameter (a cursor, a page size). */
        public ListCall with(String name, Object value) {
            Map<String, Object> all = new LinkedHashMap<>(query);
            all.put(name, value);
            return new ListCall(path, all);
        }

        @Override
        public String toString() {
            return query.isEmpty()
                    ? path
                    : path + "?"
                            + query.entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue())
                                    .collect(Collectors.joining("&"));
        }
    }

    private ListCalls() {}

    /**
     * The calls for a directorate made by {@link NationalData}: {@code year} one of its school years, {@code day} a
     * day its caravans stop.
     */
    public static List<ListCall> of(DataSource dataSource, String directorate, String year, String day)
            throws SQLException {
        long centre = number(dataSource, "SELECT MIN(id) FROM centre WHERE directorate_code = '" + directorate + "'");
        long placement =
                number(dataSource, "SELECT MAX(id) FROM placement WHERE directorate_code = '" + directorate + "'");
        long learner = number(dataSource, "SELECT learner_id FROM placement WHERE id = " + placement);
        long campaign =
                number(dataSource, "SELECT MAX(id) FROM campaign WHERE directorate_code = '" + directorate + "'");
        long caravan = number(dataSource, "SELECT MAX(id) FROM caravan WHERE directorate_code = '" + directorate + "'");
        long association =
                number(dataSource, "SELECT MIN(id) FROM association WHERE directorate_code = '" + directorate + "'");
        return List.of(
                new ListCall("/api/v1/placements", Map.of("schoolYear", year)),
                new ListCall("/api/v1/placements", Map.of()),
                new ListCall("/api/v1/placements", Map.of("schoolYear", year, "centreId", centre)),
                new ListCall("/api/v1/placements", Map.of("schoolYear", year, "centreId", centre, "status", "WAITING")),
                new ListCall("/api/v1/placements", Map.of("learnerId", learner)),
                new ListCall("/api/v1/learners", Map.of()),
                new ListCall("/api/v1/learners", Map.of("q", "محمد")),
                new ListCall("/api/v1/learners", Map.of("q", "الحوزي")),
                new ListCall("/api/v1/learners", Map.of("sort", "BIRTH_DATE", "direction", "DESC")),
                new ListCall("/api/v1/learners", Map.of("associationId", association)),
                new ListCall("/api/v1/cases", Map.of()),
                new ListCall("/api/v1/cases", Map.of("status", "CONTACTED")),
                new ListCall("/api/v1/cases", Map.of("campaignId", campaign)),
                new ListCall("/api/v1/audit-events", Map.of()),
                new ListCall("/api/v1/audit-events", Map.of("entityType", "learner", "entityId", learner)),
                new ListCall("/api/v1/centres", Map.of()),
                new ListCall("/api/v1/associations", Map.of()),
                new ListCall("/api/v1/agreements", Map.of()),
                new ListCall("/api/v1/campaigns", Map.of()),
                new ListCall("/api/v1/caravans", Map.of()),
                new ListCall("/api/v1/caravans/" + caravan + "/stops", Map.of()),
                new ListCall("/api/v1/stops", Map.of("on", day)),
                new ListCall("/api/v1/support-activities", Map.of()),
                new ListCall("/api/v1/at-risk-pupils", Map.of()),
                new ListCall("/api/v1/imports", Map.of()));
    }

    private static long number(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
