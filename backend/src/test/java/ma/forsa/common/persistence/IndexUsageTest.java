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
import java.util.List;
import ma.forsa.common.paging.Listing;
import ma.forsa.testing.ListCalls;
import ma.forsa.testing.ListCalls.ListCall;
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

    static final NationalData.Shape SHAPE = NationalData.ONE_DIRECTORATE;
    static final String YEAR = NationalData.ONE_DIRECTORATE_YEAR;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyListAndSearchWalksAnIndexInItsOrder() throws Exception {
        NationalData.ensure(dataSource, SHAPE);
        List<ListCall> lists = ListCalls.of(dataSource, SHAPE.directorate(0), YEAR, (SHAPE.firstYear() + 1) + "-09-21");

        List<String> wrong = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (ListCall list : lists) {
            ListCall call = list;
            for (int page = 0; page < 2; page++) {
                ListCall asked = call;
                List<String> statements = new ArrayList<>();
                JsonPath answer = logged(
                        statements,
                        () -> given().queryParams(asked.query())
                                .queryParam("size", 20)
                                .get(asked.path())
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath());
                for (String sql : statements) {
                    JsonNode plan = analyze(json, sql);
                    check(plan, asked.toString(), sql, wrong);
                }
                String next = answer.getString("next");
                if (next == null) {
                    break;
                }
                call = asked.with("cursor", next);
            }
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " statements read too much:\n" + String.join("\n\n", wrong));
        }
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
     * first page ({@code select count(*) from (select 1 … limit 10001)}, Listing.countUpTo) reads up to its bound, through an index.
     */
    private static void check(JsonNode plan, String call, String sql, List<String> wrong) {
        List<String> found = new ArrayList<>();
        boolean count = sql.contains("limit " + (Listing.COUNT_BOUND + 1) + ")");
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
