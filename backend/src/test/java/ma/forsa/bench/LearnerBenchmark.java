package ma.forsa.bench;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: ./forsa bench runs it on a database of its own. It imports 100,000 learners with
 * their placements through the API (dry run, then commit) and prints rows per second; then it
 * grows the directorate to 1,000,000 learners and times a filtered, paged search through the
 * API against the same SQL run directly on the same database, printing both medians and their
 * ratio. The names of the grown learners are written already normalised (as NameKey makes them).
 */
@QuarkusTest
@Tag("benchmark")
@TestSecurity(user = "bench", roles = "directorate-staff")
@OidcSecurity(claims = @Claim(key = "directorate", value = "TAR"))
class LearnerBenchmark {

    static final int IMPORTED = Integer.getInteger("bench.import.rows", 100_000);
    static final int TOTAL = Integer.getInteger("bench.total.learners", 1_000_000);
    static final int SEARCHES = Integer.getInteger("bench.searches", 11);
    static final String[] FIRST = {"محمد", "فاطمة", "يوسف", "خديجة", "أحمد", "مريم", "عمر", "سلمى", "حمزة", "هاجر"};
    static final String[] LAST = {
        "العلوي", "الإدريسي", "بوزيد", "الركيبي", "الأنصاري", "الشرقاوي", "المنصوري", "البكاري"
    };

    @Inject
    AgroalDataSource dataSource;

    @Test
    void importThenSearch() throws Exception {
        List<Long> centres = centres(IMPORTED / 50 + 1);
        byte[] file = file(IMPORTED, centres);
        long start = System.nanoTime();
        long id = given().contentType("text/csv")
                .body(file)
                .post("/api/v1/imports")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");
        JsonPath job = await(id);
        double dryRun = (System.nanoTime() - start) / 1e9;
        if (!"VALIDATED".equals(job.getString("status"))) {
            throw new AssertionError("dry run: " + job.prettify());
        }
        start = System.nanoTime();
        given().post("/api/v1/imports/" + id + "/commit").then().statusCode(202);
        job = await(id);
        double commit = (System.nanoTime() - start) / 1e9;
        if (!"COMMITTED".equals(job.getString("status"))) {
            throw new AssertionError("commit: " + job.prettify());
        }

        grow(TOTAL - IMPORTED);
        // a common name (2.5% of the learners) and one child's full name
        for (String q : List.of("محمد العلوي", "محمد العلوي ج4000")) {
            List<String> words = List.copyOf(ma.forsa.learner.NameKey.tokens(q));
            int page = 0;
            int size = 20;
            List<Long> api = new ArrayList<>();
            List<Long> direct = new ArrayList<>();
            for (int i = 0; i < SEARCHES; i++) {
                long t0 = System.nanoTime();
                given().queryParam("q", q)
                        .queryParam("sex", "F")
                        .queryParam("page", page)
                        .queryParam("size", size)
                        .get("/api/v1/learners")
                        .then()
                        .statusCode(200);
                api.add(System.nanoTime() - t0);
                t0 = System.nanoTime();
                directSearch(words, page, size);
                direct.add(System.nanoTime() - t0);
            }
            double apiMedian = median(api) / 1e6;
            double directMedian = median(direct) / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "BENCH search \"%s\" (sex F, first page of %d) over %d learners: API median %.1f ms,"
                            + " same SQL direct median %.1f ms, ratio %.2f%n",
                    q,
                    size,
                    count(),
                    apiMedian,
                    directMedian,
                    apiMedian / directMedian);
        }
        System.out.printf(
                Locale.ROOT,
                "BENCH import: %d rows with %d placements; dry run %.1f s (%.0f rows/s), commit %.1f s"
                        + " (%.0f rows/s)%n",
                IMPORTED,
                job.getInt("createdPlacements"),
                dryRun,
                IMPORTED / dryRun,
                commit,
                IMPORTED / commit);
    }

    /** The SQL the API runs for that search (count, then the page, then the consent purposes), scoped to the directorate. */
    void directSearch(List<String> words, int page, int size) throws Exception {
        StringBuilder where = new StringBuilder(" FROM learner l WHERE l.directorate_code = 'TAR' AND l.sex = 'F'");
        for (int i = 0; i < words.size(); i++) {
            where.append(
                    " AND l.id IN (SELECT w.learner_id FROM learner_name_token w WHERE w.directorate_code IN ('TAR')"
                            + " AND w.token LIKE ? ESCAPE '!')");
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*)" + where)) {
                bind(s, words);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                }
            }
            try (PreparedStatement s =
                    c.prepareStatement("SELECT l.*" + where + " ORDER BY l.id DESC LIMIT ? OFFSET ?")) {
                bind(s, words);
                s.setInt(words.size() + 1, size);
                s.setInt(words.size() + 2, page * size);
                try (ResultSet r = s.executeQuery()) {
                    List<Long> ids = new ArrayList<>();
                    while (r.next()) {
                        ids.add(r.getLong("id"));
                    }
                    if (!ids.isEmpty()) {
                        try (Statement p = c.createStatement();
                                ResultSet purposes = p.executeQuery(
                                        "SELECT learner_id, purpose FROM learner_consent_purpose WHERE learner_id IN ("
                                                + String.join(
                                                        ",",
                                                        ids.stream()
                                                                .map(String::valueOf)
                                                                .toList()) + ")")) {
                            while (purposes.next()) {
                                purposes.getString(2);
                            }
                        }
                    }
                }
            }
        }
    }

    static void bind(PreparedStatement s, List<String> words) throws Exception {
        for (int i = 0; i < words.size(); i++) {
            s.setString(i + 1, words.get(i) + "%");
        }
    }

    List<Long> centres(int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("INSERT IGNORE INTO association (id, directorate_code, name_ar, created_at, updated_at)"
                    + " VALUES (990001, 'TAR', 'جمعية القياس', NOW(6), NOW(6))");
            for (int i = 0; i < count; i++) {
                s.execute(
                        "INSERT INTO centre (directorate_code, association_id, name_ar, type, commune_code, capacity, class_cap,"
                                + " created_at, updated_at) VALUES ('TAR', 990001, 'مركز القياس " + System.nanoTime()
                                + "', 'E2C_NG',"
                                + " 'TAR-TARFAYA', 60, 20, NOW(6), NOW(6))",
                        Statement.RETURN_GENERATED_KEYS);
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
            }
        }
        return ids;
    }

    static byte[] file(int rows, List<Long> centres) {
        StringBuilder csv =
                new StringBuilder("first_name_ar,last_name_ar,first_name_latin,last_name_latin,birth_date,sex,"
                        + "commune_code,consent_given_by,consent_given_on,consent_purposes,centre_id,school_year\n");
        LocalDate first = LocalDate.of(2007, 1, 1);
        for (int i = 0; i < rows; i++) {
            boolean placed = i % 2 == 0;
            csv.append(FIRST[i % FIRST.length])
                    .append(',')
                    .append(LAST[i % LAST.length])
                    .append(" ب")
                    .append(i)
                    .append(',')
                    .append("Bench")
                    .append(',')
                    .append("L")
                    .append(i)
                    .append(',')
                    .append(first.plusDays(i % 1400))
                    .append(',')
                    .append(i % 2 == 0 ? 'F' : 'M')
                    .append(',')
                    .append("TAR-TARFAYA,ولي الأمر,2025-09-20,EDUCATIONAL_FOLLOW_UP;STATISTICS,")
                    .append(placed ? String.valueOf(centres.get((i / 2) / 50)) : "")
                    .append(',')
                    .append(placed ? "2025/2026" : "")
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    void grow(int more) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            long before;
            try (ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM learner")) {
                r.next();
                before = r.getLong(1);
            }
            for (int done = 0; done < more; done += 100_000) {
                int chunk = Math.min(100_000, more - done);
                s.execute(
                        "INSERT INTO learner (directorate_code, first_name_ar, last_name_ar, name_key, birth_date, sex,"
                                + " nationality, created_at, updated_at, version)"
                                + " SELECT 'TAR', ELT(1 + seq % 10, 'محمد', 'فاطمه', 'يوسف', 'خديجه', 'احمد', 'مريم', 'عمر', 'سلمي', 'حمزه', 'هاجر'),"
                                + " CONCAT(ELT(1 + seq % 8, 'العلوي', 'الادريسي', 'بوزيد', 'الركيبي', 'الانصاري', 'الشرقاوي', 'المنصوري', 'البكاري'), ' ج', seq),"
                                + " CONCAT(ELT(1 + seq % 10, 'محمد', 'فاطمه', 'يوسف', 'خديجه', 'احمد', 'مريم', 'عمر', 'سلمي', 'حمزه', 'هاجر'), ' ',"
                                + " ELT(1 + seq % 8, 'العلوي', 'الادريسي', 'بوزيد', 'الركيبي', 'الانصاري', 'الشرقاوي', 'المنصوري', 'البكاري'), ' ج', seq),"
                                + " DATE_ADD('2007-01-01', INTERVAL seq % 3000 DAY), IF(seq % 2 = 0, 'F', 'M'), 'MA', NOW(6), NOW(6), 0"
                                + " FROM seq_1_to_" + chunk);
            }
            for (int word = 1; word <= 3; word++) {
                s.execute("INSERT IGNORE INTO learner_name_token (learner_id, token, directorate_code) SELECT id,"
                        + " SUBSTRING_INDEX(SUBSTRING_INDEX(name_key, ' ', " + word
                        + "), ' ', -1), directorate_code FROM learner WHERE id > " + before);
            }
            s.execute("ANALYZE TABLE learner, learner_name_token");
        }
    }

    long count() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM learner WHERE directorate_code = 'TAR'")) {
            r.next();
            return r.getLong(1);
        }
    }

    static JsonPath await(long id) throws InterruptedException {
        while (true) {
            JsonPath job = given().get("/api/v1/imports/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            String status = job.getString("status");
            if (!status.equals("VALIDATING") && !status.equals("COMMITTING")) {
                return job;
            }
            Thread.sleep(500);
        }
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
