package ma.forsa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.forsa.testing.Keycloak;
import ma.forsa.testing.NationalData;
import ma.forsa.testing.NationalData.Shape;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Not a test: {@code ./forsa bench statistics} runs it against the packaged app, on the national data set of
 * {@link ScaleBenchmark} (10 school years; one directorate of 100,000 placements a year; a country of 84 directorates
 * with 300,000 identified children a year). For each measure through the API: the median and p99 of
 * {@link #CALLS} calls one after the other, the same figures computed by plain SQL over the base tables in the same
 * run, and whether the numbers are equal. Then writes — a registration and a placement through the API, four clients
 * at once — with the statistics' triggers and without them (dropped for the measure, then put back), alternately.
 */
@Tag("benchmark")
class StatisticsBenchmark {

    static final int CALLS = Integer.getInteger("bench.calls", 200);
    static final int WRITERS = 4;
    static final double WRITE_SECONDS = Double.parseDouble(System.getProperty("bench.write-seconds", "8"));
    static final String YEAR = ScaleBenchmark.YEAR;
    static final List<String> STATISTICS_TRIGGERS = List.of(
            "placement_statistics_insert",
            "placement_statistics_update",
            "placement_statistics_delete",
            "learner_statistics_update");

    final ScaleBenchmark bench = new ScaleBenchmark();
    final MariaDbDataSource db = ScaleBenchmark.dataSource();
    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void statistics() throws Exception {
        List<Shape> country = ScaleBenchmark.country();
        Shape worst = ScaleBenchmark.worst();
        for (Shape shape : country) {
            NationalData.ensure(db, shape);
        }
        NationalData.ensure(db, worst);
        String largest = worst.directorate(0);
        String academy = country.get(0).academy();
        Keycloak keycloak = new Keycloak();
        keycloak.createUser(
                "stats." + largest.toLowerCase(Locale.ROOT), "directorate-admin", Map.of("directorate", largest));
        keycloak.createUser(
                "stats.analyst." + academy.toLowerCase(Locale.ROOT), "academy-analyst", Map.of("academy", academy));
        String admin = keycloak.login("stats." + largest.toLowerCase(Locale.ROOT), Keycloak.PASSWORD);
        String analyst = keycloak.login("stats.analyst." + academy.toLowerCase(Locale.ROOT), Keycloak.PASSWORD);
        long yearId = value("SELECT id FROM school_year WHERE code = '" + YEAR + "'");
        long previousId =
                value("SELECT id FROM school_year WHERE ends_on < (SELECT starts_on FROM school_year WHERE id = "
                        + yearId + ") ORDER BY ends_on DESC LIMIT 1");
        List<String> region =
                strings("SELECT code FROM directorate WHERE academy_code = '" + academy + "' ORDER BY code");
        System.out.printf(
                Locale.ROOT,
                "BENCH data: %,d placements (%,d in %s in %s), %,d identified children (%,d in %s that year)%n",
                bench.count("placement"),
                bench.count("placement WHERE directorate_code = '" + largest + "' AND school_year_id = " + yearId),
                largest,
                YEAR,
                bench.count("child_case"),
                bench.count("child_case WHERE directorate_code = '" + largest + "' AND found_on BETWEEN '"
                        + YEAR.substring(0, 4) + "-09-01' AND '" + YEAR.substring(5) + "-07-31'"),
                largest);
        System.out.println("BENCH measure | API: median, p99 (" + CALLS + " calls) | plain SQL over the base tables:"
                + " median, p99 | equal");

        // beneficiaries, exact for the directorate's admin, with the year before beside every cell
        for (List<String> groupBy :
                List.of(List.of("PROGRAMME"), List.of("CENTRE", "SEX"), List.of("AGE", "NATIONALITY"))) {
            String columns =
                    groupBy.stream().map(StatisticsBenchmark::rawColumn).collect(Collectors.joining(", "));
            measure(
                    "beneficiaries by " + groupBy + ", " + largest + " (exact)",
                    admin,
                    "/api/v1/statistics/beneficiaries",
                    Map.of("schoolYear", YEAR, "groupBy", groupBy),
                    answer -> beneficiaryCells(answer, groupBy),
                    () -> {
                        Map<String, Long> now = grouped(beneficiariesSql(columns, yearId, List.of(largest)));
                        Map<String, Long> before = grouped(beneficiariesSql(columns, previousId, List.of(largest)));
                        Map<String, Long> both = new TreeMap<>();
                        now.forEach((k, v) -> both.put(k, v));
                        now.keySet().forEach(k -> both.put(k + " before", before.getOrDefault(k, 0L)));
                        both.put("total", value(beneficiariesSql("", yearId, List.of(largest))));
                        return both;
                    });
        }
        // the academy: its seven directorates, small groups left out, rounded to 5
        measure(
                "beneficiaries by [DIRECTORATE, PROGRAMME, SEX], academy " + academy + " (rounded)",
                analyst,
                "/api/v1/statistics/beneficiaries",
                Map.of("schoolYear", YEAR, "groupBy", List.of("DIRECTORATE", "PROGRAMME", "SEX")),
                answer -> beneficiaryCells(answer, List.of("DIRECTORATE", "PROGRAMME", "SEX")),
                () -> {
                    String columns = "p.directorate_code, p.programme, l.sex";
                    Map<String, Long> exact = grouped(beneficiariesSql(columns, yearId, region));
                    Map<String, Long> now = grouped(publishedSql(columns, yearId, region));
                    Map<String, Long> before = grouped(publishedSql(columns, previousId, region));
                    Map<String, Long> published = new TreeMap<>();
                    now.forEach((k, v) -> {
                        if (exact.get(k) >= 5) {
                            published.put(k, v);
                            published.put(k + " before", before.getOrDefault(k, -1L));
                        }
                    });
                    published.put("total", value(publishedSql("", yearId, region)));
                    return published;
                });
        // the funnel of the largest directorate's identified children
        measure(
                "outreach funnel by [SEX], " + largest + " (exact)",
                admin,
                "/api/v1/statistics/outreach",
                Map.of("schoolYear", YEAR, "groupBy", List.of("SEX")),
                answer -> {
                    Map<String, Long> cells = new TreeMap<>();
                    for (JsonNode cell : answer.get("cells")) {
                        cells.put(
                                cell.get("sex").asText() + " identified",
                                cell.get("identified").asLong());
                        cells.put(
                                cell.get("sex").asText() + " enrolled",
                                cell.get("enrolled").asLong());
                    }
                    return cells;
                },
                () -> {
                    Map<String, Long> cells = new TreeMap<>();
                    String where = " FROM child_case WHERE directorate_code = '" + largest + "' AND found_on BETWEEN '"
                            + YEAR.substring(0, 4) + "-09-01' AND '" + YEAR.substring(5) + "-07-31' GROUP BY sex";
                    grouped("SELECT sex, COUNT(*)" + where).forEach((k, v) -> cells.put(k + " identified", v));
                    grouped("SELECT sex, SUM(status = 'ENROLLED')" + where)
                            .forEach((k, v) -> cells.put(k + " enrolled", v));
                    return cells;
                });
        // where the learners went, by programme
        measure(
                "outcomes by [PROGRAMME], " + largest + " (exact)",
                admin,
                "/api/v1/statistics/outcomes",
                Map.of("schoolYear", YEAR, "groupBy", List.of("PROGRAMME")),
                answer -> {
                    Map<String, Long> cells = new TreeMap<>();
                    for (JsonNode cell : answer.get("cells")) {
                        cells.put(
                                cell.get("programme").asText(),
                                cell.get("ended").asLong());
                        for (JsonNode outcome : cell.get("outcomes")) {
                            if (outcome.get("count").asLong() > 0) {
                                cells.put(
                                        cell.get("programme").asText() + "|"
                                                + outcome.get("outcome").asText(),
                                        outcome.get("count").asLong());
                            }
                        }
                    }
                    return cells;
                },
                () -> {
                    String ended = " FROM placement p WHERE p.school_year_id = " + yearId
                            + " AND p.directorate_code = '"
                            + largest + "' AND p.enrolled_on IS NOT NULL AND p.status = 'ENDED' AND p.outcome IN"
                            + " ('COMPLETED', 'REINTEGRATED_FORMAL_SCHOOL', 'VOCATIONAL_TRAINING', 'LABOUR_MARKET',"
                            + " 'DROPPED_OUT')";
                    Map<String, Long> cells = grouped(
                            "SELECT p.programme, COUNT(DISTINCT p.learner_id)" + ended + " GROUP BY p.programme");
                    cells.putAll(grouped("SELECT p.programme, p.outcome, COUNT(DISTINCT p.learner_id)" + ended
                            + " GROUP BY p.programme, p.outcome"));
                    return cells;
                });
        // the seats of the largest directorate's centres, and who waits for one
        measure(
                "occupancy of every centre, " + largest + " (exact)",
                admin,
                "/api/v1/statistics/occupancy",
                Map.of("schoolYear", YEAR),
                answer -> {
                    Map<String, Long> cells = new TreeMap<>();
                    for (JsonNode centre : answer.get("centres")) {
                        cells.put(
                                centre.get("centreId").asText() + " enrolled",
                                centre.get("enrolled").asLong());
                        cells.put(
                                centre.get("centreId").asText() + " waiting",
                                centre.get("waiting").asLong());
                    }
                    return cells;
                },
                () -> {
                    Map<String, Long> cells = new TreeMap<>();
                    String centres =
                            " FROM centre c LEFT JOIN placement p ON p.centre_id = c.id AND p.school_year_id = "
                                    + yearId + " WHERE c.directorate_code = '" + largest
                                    + "' AND c.active GROUP BY c.id";
                    grouped("SELECT c.id, COUNT(DISTINCT IF(p.status = 'ENROLLED', p.learner_id, NULL))" + centres)
                            .forEach((k, v) -> cells.put(k + " enrolled", v));
                    grouped("SELECT c.id, SUM(p.status = 'WAITING')" + centres)
                            .forEach((k, v) -> cells.put(k + " waiting", v));
                    return cells;
                });

        // agreements: one per association of the largest directorate, half of them naming their centres
        agreements(largest, yearId);
        measure(
                "agreements' progress, " + largest + " (exact)",
                admin,
                "/api/v1/statistics/agreements",
                Map.of("schoolYear", YEAR),
                answer -> {
                    Map<String, Long> reached = new TreeMap<>();
                    for (JsonNode agreement : answer.get("agreements")) {
                        for (JsonNode programme : agreement.get("programmes")) {
                            if (programme.get("actual").asLong() > 0) {
                                reached.put(
                                        agreement.get("agreementId").asText() + "|"
                                                + programme.get("programme").asText(),
                                        programme.get("actual").asLong());
                            }
                        }
                    }
                    return reached;
                },
                () -> {
                    String enrolled = " p.school_year_id = " + yearId + " AND p.enrolled_on IS NOT NULL";
                    Map<String, Long> reached = grouped("SELECT ac.agreement_id, p.programme, COUNT(DISTINCT"
                            + " p.learner_id) FROM agreement a JOIN agreement_centre ac ON ac.agreement_id = a.id"
                            + " JOIN placement p ON p.centre_id = ac.centre_id AND" + enrolled
                            + " WHERE a.directorate_code = '" + largest + "' GROUP BY ac.agreement_id, p.programme");
                    reached.putAll(grouped("SELECT a.id, p.programme, COUNT(DISTINCT p.learner_id) FROM agreement a"
                            + " JOIN placement p ON p.association_id = a.association_id AND p.directorate_code ="
                            + " a.directorate_code AND" + enrolled + " WHERE a.directorate_code = '" + largest
                            + "' AND NOT EXISTS (SELECT 1 FROM agreement_centre ac WHERE ac.agreement_id = a.id)"
                            + " GROUP BY a.id, p.programme"));
                    return reached;
                });

        writes(admin, largest, yearId);
    }

    // --- reads

    /** One measure: its API answer's numbers and the plain SQL's, timed in the same run, compared. */
    void measure(
            String name,
            String token,
            String path,
            Map<String, Object> query,
            Function<JsonNode, Map<String, Long>> numbers,
            Callable<Map<String, Long>> plainSql)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(ScaleBenchmark.APP + path + "?" + ScaleBenchmark.queryString(query)))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(120))
                .build();
        Callable<byte[]> api = () -> {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(name + ": the API answered " + response.statusCode() + " "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        };
        for (int i = 0; i < 20; i++) {
            api.call();
            if (i < 3) {
                plainSql.call();
            }
        }
        long[] apiTimes = new long[CALLS];
        byte[] last = null;
        for (int i = 0; i < CALLS; i++) {
            long t = System.nanoTime();
            last = api.call();
            apiTimes[i] = System.nanoTime() - t;
        }
        int sqlCalls = Math.max(5, CALLS / 10);
        long[] sqlTimes = new long[sqlCalls];
        Map<String, Long> expected = null;
        for (int i = 0; i < sqlCalls; i++) {
            long t = System.nanoTime();
            expected = plainSql.call();
            sqlTimes[i] = System.nanoTime() - t;
        }
        Map<String, Long> published = new TreeMap<>(numbers.apply(json.readTree(last)));
        boolean equal = published.equals(expected);
        System.out.printf(
                Locale.ROOT,
                "BENCH %s | %.1f ms, %.1f ms | %.1f ms, %.1f ms | %s%n",
                name,
                percentile(apiTimes, 0.5),
                percentile(apiTimes, 0.99),
                percentile(sqlTimes, 0.5),
                percentile(sqlTimes, 0.99),
                equal ? "yes (" + published.size() + " numbers)" : "NO: API " + published + " SQL " + expected);
    }

    static Map<String, Long> beneficiaryCells(JsonNode answer, List<String> groupBy) {
        Map<String, Long> cells = new TreeMap<>();
        for (JsonNode cell : answer.get("cells")) {
            String key = groupBy.stream().map(d -> cell.get(field(d)).asText()).collect(Collectors.joining("|"));
            cells.put(key, cell.get("count").asLong());
            JsonNode before = cell.get("previousYearCount");
            cells.put(key + " before", before == null || before.isNull() ? -1 : before.asLong());
        }
        cells.put("total", answer.get("total").asLong());
        return cells;
    }

    static String field(String dimension) {
        return switch (dimension) {
            case "CENTRE" -> "centreId";
            case "ASSOCIATION" -> "associationId";
            default -> dimension.toLowerCase(Locale.ROOT);
        };
    }

    static String rawColumn(String dimension) {
        return switch (dimension) {
            case "PROGRAMME" -> "p.programme";
            case "CENTRE" -> "p.centre_id";
            case "SEX" -> "l.sex";
            case "AGE" -> "p.age_at_reference";
            case "NATIONALITY" -> "l.nationality";
            default -> throw new IllegalArgumentException(dimension);
        };
    }

    /** Distinct learners enrolled in the year, from the placements and learners themselves. */
    static String beneficiariesSql(String columns, long yearId, List<String> directorates) {
        return "SELECT " + (columns.isEmpty() ? "" : columns + ", ") + "COUNT(DISTINCT p.learner_id)"
                + " FROM placement p JOIN learner l ON l.id = p.learner_id WHERE p.school_year_id = " + yearId
                + " AND p.enrolled_on IS NOT NULL AND p.directorate_code IN ("
                + directorates.stream().map(d -> "'" + d + "'").collect(Collectors.joining(", ")) + ")"
                + (columns.isEmpty() ? "" : " GROUP BY " + columns);
    }

    /**
     * Each group's figure as published to the academy (-1: under 5, none included), worked out in SQL from the
     * placements: its distinct learners, their record keys from the secret, a noise of the number of ones in the
     * low 6 bits of the keys' sum less 3, rounded to the nearest 5 and never under 5.
     */
    static String publishedSql(String columns, long yearId, List<String> directorates) {
        List<String> each = columns.isEmpty() ? List.of() : List.of(columns.split(", "));
        String aliased = java.util.stream.IntStream.range(0, each.size())
                .mapToObj(i -> each.get(i) + " AS c" + i + ", ")
                .collect(Collectors.joining());
        String grouped = java.util.stream.IntStream.range(0, each.size())
                .mapToObj(i -> "c" + i)
                .collect(Collectors.joining(", "));
        return "SELECT " + (grouped.isEmpty() ? "" : grouped + ", ")
                + "IF(COUNT(*) < 5, -1, GREATEST(5, FLOOR((COUNT(*) + BIT_COUNT(MOD(SUM(k), 1048576) & 63) - 3 + 2)"
                + " / 5) * 5)) FROM (SELECT DISTINCT " + aliased + "p.learner_id, CAST(CONV(LEFT(SHA2(CONCAT("
                + "s.secret, ':L:', p.learner_id), 256), 5), 16, 10) AS UNSIGNED) AS k"
                + " FROM placement p JOIN learner l ON l.id = p.learner_id JOIN statistics_secret s ON s.id = 1"
                + " WHERE p.school_year_id = " + yearId + " AND p.enrolled_on IS NOT NULL AND p.directorate_code IN ("
                + directorates.stream().map(d -> "'" + d + "'").collect(Collectors.joining(", ")) + ")) x"
                + (grouped.isEmpty() ? "" : " GROUP BY " + grouped);
    }

    /** An agreement for the year per association of the directorate, made once (then kept with the data). */
    void agreements(String directorate, long yearId) throws SQLException {
        if (value("SELECT COUNT(*) FROM agreement a JOIN agreement_school_year y ON y.agreement_id = a.id"
                        + " WHERE a.directorate_code = '" + directorate + "' AND y.school_year_id = " + yearId)
                > 0) {
            return;
        }
        String first = YEAR.substring(0, 4);
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO agreement (directorate_code, association_id, reference, status, signed_on,"
                    + " starts_on, ends_on, budget_mad, created_at, updated_at) SELECT directorate_code, id,"
                    + " CONCAT('BENCH-', id), 'ACTIVE', '" + first + "-08-01', '" + first + "-09-01', '"
                    + YEAR.substring(5) + "-07-31', 500000, NOW(6), NOW(6) FROM association WHERE directorate_code = '"
                    + directorate + "'");
            String mine = " FROM agreement WHERE directorate_code = '" + directorate + "' AND reference LIKE 'BENCH-%'";
            s.executeUpdate(
                    "INSERT INTO agreement_school_year (agreement_id, school_year_id) SELECT id, " + yearId + mine);
            s.executeUpdate("INSERT INTO agreement_programme (agreement_id, programme, target_beneficiaries)"
                    + " SELECT id, 'NFE_BASIC', 1500" + mine + " UNION ALL SELECT id, 'E2C_NG', 800" + mine);
            s.executeUpdate("INSERT INTO agreement_tranche (agreement_id, seq, amount_mad, due_on, paid_on) SELECT"
                    + " id, 0, 200000, '" + first + "-09-15', '" + first + "-09-20'" + mine + " UNION ALL SELECT id,"
                    + " 1, 300000, '" + first + "-12-31', NULL" + mine);
            // every other agreement names its association's centres; the others count the association's
            s.executeUpdate("INSERT INTO agreement_centre (agreement_id, centre_id) SELECT a.id, c.id FROM agreement a"
                    + " JOIN centre c ON c.association_id = a.association_id WHERE a.directorate_code = '"
                    + directorate + "' AND a.reference LIKE 'BENCH-%' AND a.id % 2 = 0");
        }
    }

    // --- writes

    /** Registrations and placements through the API, with the statistics' triggers and without, alternately. */
    void writes(String token, String directorate, long yearId) throws Exception {
        Map<String, String> triggers = new LinkedHashMap<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            for (String trigger : STATISTICS_TRIGGERS) {
                try (ResultSet r = s.executeQuery("SHOW CREATE TRIGGER " + trigger)) {
                    r.next();
                    triggers.put(trigger, r.getString("SQL Original Statement"));
                }
            }
        }
        // learners of an age for the new-generation programme (15 to 18 at the reference date), not placed this
        // year, and a centre of that programme of their own association
        int first = Integer.parseInt(YEAR.substring(0, 4));
        ConcurrentLinkedQueue<long[]> eligible = new ConcurrentLinkedQueue<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT l.id, (SELECT MIN(c.id) FROM centre c WHERE c.association_id ="
                        + " l.association_id AND c.type = 'E2C_NG') FROM learner l WHERE l.directorate_code = '"
                        + directorate + "' AND l.birth_date BETWEEN '" + (first - 17) + "-01-01' AND '" + (first - 15)
                        + "-12-31' AND NOT EXISTS (SELECT 1 FROM placement p WHERE p.learner_id = l.id AND"
                        + " p.school_year_id = " + yearId + ") LIMIT 60000")) {
            while (r.next()) {
                if (r.getObject(2) != null) {
                    eligible.add(new long[] {r.getLong(1), r.getLong(2)});
                }
            }
        }
        System.out.println("BENCH writes: " + eligible.size() + " learners to place");
        long association = value("SELECT MIN(id) FROM association WHERE directorate_code = '" + directorate + "'");
        System.out.println("BENCH writes (" + WRITERS + " clients at once, " + WRITE_SECONDS
                + " s a round) | registrations: req/s, median, p99 | placements: req/s, median, p99");
        // two rounds to warm up, then with, without, without, with: a trend (the JIT, the buffer pool) weighs on
        // both sides alike
        boolean[] plan = {true, false, true, false, false, true};
        double[][] rates = new double[2][2];
        for (int round = 0; round < plan.length; round++) {
            boolean aggregates = plan[round];
            if (!aggregates) {
                drop(triggers.keySet());
            }
            long before = value("SELECT COALESCE(MAX(id), 0) FROM placement");
            try {
                ScaleBenchmark.Result registered =
                        bench.run(WRITERS, WRITE_SECONDS, () -> register(token, directorate, association));
                ScaleBenchmark.Result placed = bench.run(WRITERS, WRITE_SECONDS, () -> place(token, eligible));
                System.out.printf(
                        Locale.ROOT,
                        "BENCH writes %s the aggregates%s | %.0f req/s, %.1f ms, %.1f ms, %d errors | %.0f req/s,"
                                + " %.1f ms, %.1f ms, %d errors%n",
                        aggregates ? "with" : "without",
                        round < 2 ? " (warming up)" : "",
                        registered.perSecond(),
                        registered.median(),
                        registered.p99(),
                        registered.errors(),
                        placed.perSecond(),
                        placed.median(),
                        placed.p99(),
                        placed.errors());
                if (round >= 2) {
                    rates[aggregates ? 0 : 1][0] += registered.perSecond();
                    rates[aggregates ? 0 : 1][1] += placed.perSecond();
                }
            } finally {
                if (!aggregates) {
                    // what was placed without the triggers leaves before they come back, so the aggregates stay exact
                    try (Connection c = db.getConnection();
                            Statement s = c.createStatement()) {
                        try {
                            s.executeUpdate("DELETE FROM placement WHERE id > " + before);
                        } finally {
                            for (String create : triggers.values()) {
                                s.execute(create);
                            }
                        }
                    }
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "BENCH writes with the aggregates, in %% of the requests a second without them (measured rounds):"
                        + " registrations %.0f %%, placements %.0f %%%n",
                100 * rates[0][0] / Math.max(1e-9, rates[1][0]),
                100 * rates[0][1] / Math.max(1e-9, rates[1][1]));
    }

    void drop(Iterable<String> triggers) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            for (String trigger : triggers) {
                s.execute("DROP TRIGGER " + trigger);
            }
        }
    }

    final AtomicInteger registrations = new AtomicInteger();

    int register(String token, String directorate, long association) throws Exception {
        int n = registrations.incrementAndGet();
        String tag = Long.toString(System.nanoTime(), 36) + n;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("firstNameAr", "سلمى");
        body.put("lastNameAr", "الإدريسي " + tag);
        body.put("firstNameLatin", "Salma");
        body.put("lastNameLatin", "Idrissi " + tag);
        body.put("birthDate", (2010 + ThreadLocalRandom.current().nextInt(8)) + "-03-1" + (n % 9));
        body.put("sex", n % 2 == 0 ? "F" : "M");
        body.put("massarCode", "B" + (100_000_000 + ThreadLocalRandom.current().nextInt(899_999_999)));
        body.put("guardianName", "أمينة الإدريسي");
        body.put("guardianPhone", "+212 661 22 33 44");
        body.put("communeCode", directorate + "-C1");
        body.put("associationId", association);
        return post(token, "/api/v1/learners", body) == 201 ? 200 : 500;
    }

    int place(String token, ConcurrentLinkedQueue<long[]> eligible) throws Exception {
        long[] next = eligible.poll();
        if (next == null) {
            Thread.sleep(10);
            return 503; // none left to place: counted as an error
        }
        Map<String, Object> body = Map.of(
                "learnerId",
                next[0],
                "centreId",
                next[1],
                "schoolYear",
                YEAR,
                "enrolledOn",
                YEAR.substring(0, 4) + "-10-01");
        return post(token, "/api/v1/placements", body) == 201 ? 200 : 500;
    }

    int post(String token, String path, Map<String, Object> body) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(ScaleBenchmark.APP + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && FAILURES.getAndIncrement() < 3) {
            System.out.println("BENCH a write answered " + response.statusCode() + ": " + response.body());
        }
        return response.statusCode();
    }

    static final AtomicInteger FAILURES = new AtomicInteger();

    // --- plumbing

    static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** Rows of (group columns…, count) as "a|b" → count. */
    Map<String, Long> grouped(String sql) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> key = new ArrayList<>();
                for (int i = 1; i < columns; i++) {
                    key.add(String.valueOf(r.getObject(i)));
                }
                counts.put(String.join("|", key), r.getLong(columns));
            }
        }
        return counts;
    }

    long value(String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }
}
