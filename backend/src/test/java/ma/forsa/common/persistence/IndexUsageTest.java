package ma.forsa.common.persistence;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.forsa.common.paging.Listing;
import ma.forsa.testing.Db;
import ma.forsa.testing.NationalData;
import org.junit.jupiter.api.Test;

/**
 * Every list and search, run through the API on a generated directorate (tens of thousands of learners,
 * placements, identified children and audit records), sends SQL that MariaDB answers through an index in the
 * list's order: {@code ANALYZE FORMAT=JSON} of each statement, as the server received it (its general log), reads at
 * most {@value #ROWS} rows of any table and sorts no more (the count of a first page excepted: it stops at
 * Listing.COUNT_BOUND, through an index). A missing index or an order no index gives shows here as a scan or a sort
 * of the year's rows.
 */
@QuarkusTest
@TestSecurity(user = "staff.ixa01", roles = "directorate-admin")
@OidcSecurity(claims = @Claim(key = "directorate", value = "IXA01"))
class IndexUsageTest {

    /**
     * Rows of one table a page may read, and rows it may sort (a name search sorts the learners whose names start
     * with its rarest word; a directorate's centres are sorted rather than walked).
     */
    static final int ROWS = 1_000;

    static final NationalData.Shape SHAPE = new NationalData.Shape("IXA", 2088, 2, new int[] {12_000}, 6_000, 20_000);
    static final String YEAR = "2089/2090";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Db db;

    @Test
    void everyListAndSearchWalksAnIndexInItsOrder() throws Exception {
        NationalData.ensure(dataSource, SHAPE);
        String d = SHAPE.directorate(0);
        long centre = db.longValue("SELECT MIN(id) FROM centre WHERE directorate_code = '" + d + "'");
        long learner = db.longValue("SELECT MAX(id) FROM placement WHERE directorate_code = '" + d + "'");
        learner = Long.parseLong(db.string("SELECT learner_id FROM placement WHERE id = ?", learner));
        long campaign = db.longValue("SELECT MAX(id) FROM campaign WHERE directorate_code = '" + d + "'");
        long caravan = db.longValue("SELECT MAX(id) FROM caravan WHERE directorate_code = '" + d + "'");
        long association = db.longValue("SELECT MIN(id) FROM association WHERE directorate_code = '" + d + "'");

        List<Listed> lists = List.of(
                new Listed("/api/v1/placements", Map.of("schoolYear", YEAR)),
                new Listed("/api/v1/placements", Map.of()),
                new Listed("/api/v1/placements", Map.of("schoolYear", YEAR, "centreId", centre)),
                new Listed("/api/v1/placements", Map.of("schoolYear", YEAR, "centreId", centre, "status", "WAITING")),
                new Listed("/api/v1/placements", Map.of("learnerId", learner)),
                new Listed("/api/v1/learners", Map.of()),
                new Listed("/api/v1/learners", Map.of("q", "محمد")),
                new Listed("/api/v1/learners", Map.of("q", "الحوزي")),
                new Listed("/api/v1/learners", Map.of("sort", "BIRTH_DATE", "direction", "DESC")),
                new Listed("/api/v1/learners", Map.of("associationId", association)),
                new Listed("/api/v1/cases", Map.of()),
                new Listed("/api/v1/cases", Map.of("status", "CONTACTED")),
                new Listed("/api/v1/cases", Map.of("campaignId", campaign)),
                new Listed("/api/v1/audit-events", Map.of()),
                new Listed("/api/v1/audit-events", Map.of("entityType", "learner", "entityId", learner)),
                new Listed("/api/v1/centres", Map.of()),
                new Listed("/api/v1/associations", Map.of()),
                new Listed("/api/v1/agreements", Map.of()),
                new Listed("/api/v1/campaigns", Map.of()),
                new Listed("/api/v1/caravans", Map.of()),
                new Listed("/api/v1/caravans/" + caravan + "/stops", Map.of()),
                new Listed("/api/v1/stops", Map.of("on", (SHAPE.firstYear() + 1) + "-09-21")),
                new Listed("/api/v1/support-activities", Map.of()),
                new Listed("/api/v1/at-risk-pupils", Map.of()),
                new Listed("/api/v1/imports", Map.of()));

        List<String> wrong = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Listed list : lists) {
            String path = list.path();
            Map<String, Object> query = list.query();
            for (int page = 0; page < 2; page++) {
                Map<String, Object> asked = query;
                List<String> statements = new ArrayList<>();
                JsonPath answer = logged(
                        statements,
                        () -> given().queryParams(asked)
                                .queryParam("size", 20)
                                .get(path)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath());
                for (String sql : statements) {
                    JsonNode plan = analyze(json, sql);
                    check(plan, path + " " + asked, sql, wrong);
                }
                String next = answer.getString("next");
                if (next == null) {
                    break;
                }
                query = with(query, "cursor", next);
            }
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " statements read too much:\n" + String.join("\n\n", wrong));
        }
    }

    /** A list and the filters it is asked with. */
    record Listed(String path, Map<String, Object> query) {}

    private static Map<String, Object> with(Map<String, Object> query, String name, Object value) {
        Map<String, Object> all = new LinkedHashMap<>(query);
        all.put(name, value);
        return all;
    }

    /** The SELECTs the server received while the call ran. */
    private <T> T logged(List<String> statements, java.util.function.Supplier<T> call) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SET GLOBAL log_output = 'TABLE'");
            s.execute("SET GLOBAL general_log = 'ON'");
            s.execute("TRUNCATE mysql.general_log");
            T result;
            try {
                result = call.get();
            } finally {
                s.execute("SET GLOBAL general_log = 'OFF'");
            }
            try (ResultSet r = s.executeQuery("SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log"
                    + " WHERE command_type = 'Query' ORDER BY event_time")) {
                while (r.next()) {
                    String sql = r.getString(1).strip();
                    if (sql.regionMatches(true, 0, "select", 0, 6) && !sql.contains("general_log")) {
                        statements.add(sql);
                    }
                }
            }
            return result;
        }
    }

    private JsonNode analyze(ObjectMapper json, String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("ANALYZE FORMAT=JSON " + sql)) {
            r.next();
            return json.readTree(r.getString(1));
        }
    }

    /**
     * Every table read, with the rows it read in all (rows per loop × loops), and every sort's input. The count of a
     * first page ({@code select id … limit 10001}, Listing.countUpTo) reads up to its bound, through an index.
     */
    private static void check(JsonNode plan, String call, String sql, List<String> wrong) {
        List<String> found = new ArrayList<>();
        boolean count = sql.endsWith("limit " + (Listing.COUNT_BOUND + 1));
        walk(plan, count ? Listing.COUNT_BOUND + 1 : ROWS, found);
        if (!found.isEmpty()) {
            wrong.add(call + ": " + String.join("; ", found) + "\n  " + sql);
        }
    }

    private static void walk(JsonNode node, int most, List<String> found) {
        if (node.isObject()) {
            JsonNode table = node.get("table");
            if (table != null && table.isObject() && table.has("r_rows")) {
                double rows = table.path("r_rows").asDouble()
                        * Math.max(1, table.path("r_loops").asDouble());
                if (rows > most) {
                    found.add(table.path("table_name").asText() + " read " + Math.round(rows) + " rows ("
                            + table.path("access_type").asText() + " "
                            + table.path("key").asText("") + ")");
                }
            }
            JsonNode sort = node.get("filesort");
            if (sort != null
                    && sort.has("r_output_rows")
                    && sort.path("r_output_rows").asDouble() > 0) {
                JsonNode sorted = sort.findValue("r_rows");
                if (sorted != null && sorted.asDouble() > most) {
                    found.add("sorted " + Math.round(sorted.asDouble()) + " rows");
                }
            }
            node.fields().forEachRemaining(e -> walk(e.getValue(), most, found));
        } else if (node.isArray()) {
            node.forEach(child -> walk(child, most, found));
        }
    }
}
