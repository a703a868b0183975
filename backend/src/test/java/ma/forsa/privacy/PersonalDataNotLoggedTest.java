package ma.forsa.privacy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Runs after the whole suite (its own Surefire execution): every learner's and pupil's name,
 * guardian phone and MASSAR code the suite wrote to the database is searched for in the output
 * the suite produced (Surefire's captured output: the application's logs at DEBUG for Forsa's
 * own code). None may be there.
 */
@Tag("after-suite")
class PersonalDataNotLoggedTest {

    static final Path REPORTS = Path.of("target", "surefire-reports");

    @Test
    void noPersonalDataInTheLogs() throws IOException, SQLException {
        StringBuilder captured = new StringBuilder();
        try (var files = Files.list(REPORTS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-output.txt"))
                    .toList()) {
                if (!file.getFileName().toString().contains("PersonalDataNotLogged")) {
                    captured.append(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        String log = captured.toString();
        assertTrue(log.length() > 1000, "the captured log is suspiciously short");
        Set<String> personal = personalValues();
        assertTrue(
                personal.size() > 50, "the suite should have written learners (found " + personal.size() + " values)");
        List<String> leaked = new ArrayList<>();
        for (String value : personal) {
            if (log.contains(value)) {
                leaked.add(value);
            }
        }
        assertTrue(leaked.isEmpty(), "personal data found in the logs: " + leaked);
    }

    /** The tables searched below; a new table holding a child's name or a guardian's phone must join them. */
    static final Set<String> SEARCHED = Set.of("learner", "at_risk_pupil", "child_case");

    @Test
    void everyTableHoldingAChildsNameIsSearched() throws SQLException {
        Set<String> holding = new java.util.TreeSet<>();
        try (Connection c = dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT DISTINCT TABLE_NAME FROM information_schema.COLUMNS"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND COLUMN_NAME IN ('last_name_ar', 'guardian_phone')")) {
            while (r.next()) {
                holding.add(r.getString(1));
            }
        }
        assertTrue(SEARCHED.containsAll(holding), "tables holding names the log check does not search: " + holding);
    }

    static MariaDbDataSource dataSource() throws SQLException {
        String url = System.getenv().getOrDefault("FORSA_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/forsa");
        String user = System.getenv().getOrDefault("FORSA_TEST_DB_USER", "root");
        String password = System.getenv().getOrDefault("FORSA_TEST_DB_PASSWORD", "");
        return new MariaDbDataSource(url + "?user=" + user + "&password=" + password);
    }

    static Set<String> personalValues() throws SQLException {
        MariaDbDataSource dataSource = dataSource();
        Set<String> values = new LinkedHashSet<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            collect(
                    s,
                    "SELECT CONCAT(first_name_ar, ' ', last_name_ar), last_name_ar, guardian_phone, massar_code,"
                            + " last_name_latin, guardian_name FROM learner",
                    values);
            collect(
                    s,
                    "SELECT CONCAT(first_name_ar, ' ', last_name_ar), last_name_ar, guardian_phone, massar_code"
                            + " FROM at_risk_pupil",
                    values);
            collect(
                    s,
                    "SELECT CONCAT(first_name_ar, ' ', last_name_ar), last_name_ar, guardian_phone, massar_code,"
                            + " last_name_latin, guardian_name FROM child_case",
                    values);
        }
        return values;
    }

    private static void collect(Statement s, String sql, Set<String> values) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= columns; i++) {
                    String value = r.getString(i);
                    // short values (a first name alone) would match unrelated text: keep the identifying ones
                    if (value != null && value.strip().length() >= 8) {
                        values.add(value.strip());
                    }
                }
            }
        }
    }
}
