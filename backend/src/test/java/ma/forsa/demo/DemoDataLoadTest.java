package ma.forsa.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The demo data replays the article on a database of its own: 88 E2C_NG beneficiaries in the
 * Laâyoune directorate in 2024/2025 and 187 in 2025/2026; loading it twice changes nothing.
 */
class DemoDataLoadTest {

    static MariaDbDataSource dataSource;

    @BeforeAll
    static void freshDatabase() throws SQLException {
        String url = System.getenv().getOrDefault("FORSA_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/forsa");
        String user = System.getenv().getOrDefault("FORSA_TEST_DB_USER", "root");
        String password = System.getenv().getOrDefault("FORSA_TEST_DB_PASSWORD", "");
        String server = url.substring(0, url.lastIndexOf('/'));
        MariaDbDataSource admin = new MariaDbDataSource(server + "/?user=" + user + "&password=" + password);
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS forsa_demo_check");
            s.execute("CREATE DATABASE forsa_demo_check CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        dataSource = new MariaDbDataSource(server + "/forsa_demo_check?user=" + user + "&password=" + password);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    @Test
    void replaysTheArticleAndLoadsOnce() throws SQLException {
        assertEquals(88 + 147 + 45, DemoData.load(dataSource)); // 40 of the 88 continue in 2025/2026
        assertEquals(88, beneficiaries("2024/2025"));
        assertEquals(187, beneficiaries("2025/2026"));
        assertEquals(2, number("SELECT COUNT(*) FROM centre WHERE type = 'E2C_NG' AND opened_on >= '2025-09-01'"));
        assertEquals(3, number("SELECT COUNT(*) FROM agreement WHERE signed_on = '2025-09-16' AND status = 'ACTIVE'"));
        assertEquals(0, number("SELECT COUNT(*) FROM learner WHERE name_key = '' OR name_key IS NULL"));
        assertEquals(
                0,
                number("SELECT COUNT(*) FROM learner l WHERE NOT EXISTS"
                        + " (SELECT 1 FROM learner_name_token t WHERE t.learner_id = l.id)"));
        assertEquals(
                0,
                number("SELECT COUNT(*) FROM placement p JOIN school_year y ON y.id = p.school_year_id"
                        + " WHERE p.enrolled_on NOT BETWEEN y.starts_on AND y.ends_on"),
                "every enrolment date lies within its school year");
        assertEquals(1, number("SELECT COUNT(*) FROM campaign WHERE starts_on = '2025-09-16' AND status = 'ACTIVE'"));
        assertEquals(3, number("SELECT COUNT(*) FROM campaign_association WHERE campaign_id = 1"));
        assertEquals(
                2,
                number("SELECT COUNT(DISTINCT commune_code) FROM caravan_stop WHERE place LIKE '%الوحدة%'"
                        + " OR commune_code = 'LAA-ELMARSA'"),
                "the caravan stops at Hay Al Wahda (Laâyoune) and in El Marsa");
        assertEquals(
                7,
                number("SELECT COUNT(DISTINCT status) FROM child_case"),
                "identified children at every step of the follow-up");
        assertEquals(
                0,
                number("SELECT COUNT(*) FROM child_case c JOIN learner l ON l.id = c.learner_id"
                        + " WHERE c.status <> 'ENROLLED' OR NOT EXISTS (SELECT 1 FROM placement p JOIN school_year y"
                        + " ON y.id = p.school_year_id WHERE p.learner_id = l.id AND y.code = '2025/2026')"),
                "every enrolled child is one of the learners of 2025/2026");
        assertEquals(0, number("SELECT COUNT(*) FROM child_case WHERE name_key = '' OR name_key IS NULL"));
        long checksum = number("CHECKSUM TABLE placement", 2) + number("CHECKSUM TABLE learner", 2);
        assertEquals(0, DemoData.load(dataSource));
        assertEquals(checksum, number("CHECKSUM TABLE placement", 2) + number("CHECKSUM TABLE learner", 2));
        assertEquals(
                0,
                number("SELECT COUNT(*) FROM placement p JOIN centre c ON c.id = p.centre_id "
                        + "WHERE p.status = 'ENROLLED' GROUP BY p.centre_id, p.school_year_id HAVING COUNT(*) > MAX(c.capacity) "
                        + "UNION ALL SELECT 0 LIMIT 1"));
    }

    static long beneficiaries(String schoolYear) throws SQLException {
        return number(
                "SELECT COUNT(DISTINCT p.learner_id) FROM placement p JOIN school_year y ON y.id = p.school_year_id "
                        + "WHERE p.directorate_code = 'LAA' AND p.programme = 'E2C_NG' AND y.code = '" + schoolYear
                        + "'");
    }

    static long number(String sql) throws SQLException {
        return number(sql, 1);
    }

    static long number(String sql, int column) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(column);
        }
    }
}
