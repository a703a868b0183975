package ma.forsa.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import ma.forsa.testing.Keycloak;
import ma.forsa.testing.ListCalls;
import ma.forsa.testing.ListCalls.ListCall;
import ma.forsa.testing.NationalData;
import ma.forsa.testing.NationalData.Shape;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Not a test: {@code ./forsa bench} runs it against the packaged app, started by the launcher with its own JVM
 * options, on a MariaDB of its own that keeps the generated data between runs. Two data sets, made once by
 * {@link NationalData}: the country (12 academies, 84 directorates, ten school years of about 100,000 placements, a
 * few large directorates and most near a thousand, 300,000 identified children a year) and the worst case (one
 * directorate holding a million placements). For every list and search of {@link ListCalls}, as a directorate's
 * staff: requests/s, median and p99 through the API with 16 connections, the same SQL run directly with 16
 * connections (captured from MariaDB's general log while the API answered one request), their ratio, and the
 * statements per request; the CPU the app and MariaDB used meanwhile. Then 16 statistics requests at once beside
 * the interactive ones, and the app's resident memory. Every measure is printed on a BENCH line.
 */
@Tag("benchmark")
class ScaleBenchmark {

    static final String APP = System.getProperty("bench.app", "http://localhost:8080");
    static final long APP_PID = Long.getLong("bench.app.pid", 0);
    static final long DB_PID = Long.getLong("bench.db.pid", 0);
    static final int CONNECTIONS = Integer.getInteger("bench.connections", 16);
    static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "4"));
    static final double SCALE = Double.parseDouble(System.getProperty("bench.scale", "1"));
    /** Only the calls whose address contains this (e.g. -Dbench.only=placements). */
    static final String ONLY = System.getProperty("bench.only", "");

    static final int FIRST_YEAR = 2070;
    static final int YEARS = 10;
    static final String YEAR = (FIRST_YEAR + YEARS - 1) + "/" + (FIRST_YEAR + YEARS);
    static final String DAY = (FIRST_YEAR + YEARS - 1) + "-09-21";

    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    final MariaDbDataSource db = dataSource();
    final AtomicLong mostResident = new AtomicLong();

    @Test
    void nationalScale() throws Exception {
        long t0 = System.nanoTime();
        List<Shape> country = country();
        Shape worst = worst();
        for (Shape shape : country) {
            NationalData.ensure(db, shape);
        }
        NationalData.ensure(db, worst);
        System.out.printf(
                Locale.ROOT,
                "BENCH data: %,d placements, %,d learners, %,d identified children, %,d audit records"
                        + " (ready in %.0f s; made once, then kept in .forsa/bench)%n",
                count("placement"),
                count("learner"),
                count("child_case"),
                count("audit_event"),
                (System.nanoTime() - t0) / 1e9);

        Keycloak keycloak = new Keycloak();
        String national = country.get(0).directorate(0);
        String largest = worst.directorate(0);
        for (String directorate : List.of(national, largest)) {
            keycloak.createUser(
                    "bench." + directorate.toLowerCase(Locale.ROOT),
                    "directorate-admin",
                    Map.of("directorate", directorate));
        }
        // the app has just started: every call once for a second, so the first measured is not the JIT's warm-up
        for (String directorate : List.of(national, largest)) {
            String token = keycloak.login("bench." + directorate.toLowerCase(Locale.ROOT), Keycloak.PASSWORD);
            for (ListCall call : ListCalls.of(db, directorate, YEAR, DAY)) {
                run(CONNECTIONS, 1, api(token, call.with("size", 20)));
            }
        }
        Thread memory = new Thread(this::watchMemory, "bench-memory");
        memory.setDaemon(true);
        memory.start();
        try {
            for (String directorate : List.of(national, largest)) {
                String user = "bench." + directorate.toLowerCase(Locale.ROOT);
                System.out.printf(
                        Locale.ROOT,
                        "BENCH %s: %,d placements (%,d in %s), %,d learners%n",
                        directorate,
                        count("placement WHERE directorate_code = '" + directorate + "'"),
                        count("placement p JOIN school_year y ON y.id = p.school_year_id WHERE p.directorate_code = '"
                                + directorate + "' AND y.code = '" + YEAR + "'"),
                        YEAR,
                        count("learner WHERE directorate_code = '" + directorate + "'"));
                System.out.println(
                        "BENCH operation | API: req/s, median, p99, errors | same SQL direct: req/s, median, p99"
                                + " | median ratio | statements | CPU app, MariaDB (of 200 %) | app CPU per request");
                for (ListCall call : ListCalls.of(db, directorate, YEAR, DAY)) {
                    if (!call.toString().contains(ONLY)) {
                        continue;
                    }
                    measure(directorate, keycloak.login(user, Keycloak.PASSWORD), call.with("size", 20));
                }
            }
            ListCall interactive = new ListCall("/api/v1/placements", Map.of("schoolYear", YEAR, "size", 20));
            heavyBesideInteractive(
                    keycloak.login("bench." + largest.toLowerCase(Locale.ROOT), Keycloak.PASSWORD), interactive);
        } finally {
            memory.interrupt();
        }
        System.out.printf(
                Locale.ROOT,
                "BENCH memory: the app's resident set at most %.0f MB while measured (sampled every 100 ms),"
                        + " high-water mark %s%n",
                mostResident.get() / 1024.0,
                status("VmHWM"));
    }

    /** The worst case: one directorate of 100,000 placements a year for ten years. */
    static Shape worst() {
        return new Shape("WRS", FIRST_YEAR, YEARS, new int[] {(int) (100_000 * SCALE)}, (int) (100_000 * SCALE), (int)
                (1_000_000 * SCALE));
    }

    /** The country: 12 academies of 7 directorates; the large directorates spread over the academies. */
    static List<Shape> country() {
        int academies = 12;
        int[] sizes = NationalData.country(academies * 7, (int) (100_000 * SCALE));
        List<Shape> shapes = new ArrayList<>();
        for (int a = 0; a < academies; a++) {
            int[] mine = new int[7];
            for (int d = 0; d < 7; d++) {
                mine[d] = sizes[a + d * academies];
            }
            int placements = Arrays.stream(mine).sum();
            shapes.add(
                    new Shape(String.format(Locale.ROOT, "N%02d", a + 1), FIRST_YEAR, YEARS, mine, placements * 3, (int)
                            (20_000 * SCALE)));
        }
        return shapes;
    }

    /** One operation through the API and as SQL, each with {@link #CONNECTIONS} at once for {@link #SECONDS}. */
    void measure(String directorate, String token, ListCall call) throws Exception {
        Callable<Integer> api = api(token, call);
        // warm the JIT and the buffer pool, then capture the statements of one request
        run(CONNECTIONS, SECONDS, api);
        List<String> sql = captured(api);
        long[] cpu = cpu();
        Result throughApi = run(CONNECTIONS, SECONDS, api);
        long[] used = minus(cpu(), cpu);
        Result direct = runSql(sql);
        System.out.printf(
                Locale.ROOT,
                "BENCH %s %s | %.0f req/s, %.1f ms, %.1f ms, %d | %.0f req/s, %.1f ms, %.1f ms | %.2f | %d | %.0f %%,"
                        + " %.0f %% | %.2f ms%n",
                directorate,
                call,
                throughApi.perSecond(),
                throughApi.median(),
                throughApi.p99(),
                throughApi.errors,
                direct.perSecond(),
                direct.median(),
                direct.p99(),
                throughApi.median() / direct.median(),
                sql.size(),
                used[0] / throughApi.seconds / 10,
                used[1] / throughApi.seconds / 10,
                (double) used[0] / Math.max(1, throughApi.latencies.length));
    }

    /** A call as a request with the token; a list value repeats its parameter (groupBy=A&groupBy=B). */
    Callable<Integer> api(String token, ListCall call) {
        URI uri = URI.create(APP + call.path() + "?" + queryString(call.query()));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "fr")
                .timeout(Duration.ofSeconds(120))
                .build();
        return () -> http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
    }

    /** A query string; a list value repeats its parameter (groupBy=A&groupBy=B). */
    static String queryString(Map<String, Object> query) {
        return query.entrySet().stream()
                .flatMap(e -> (e.getValue() instanceof List<?> values ? values : List.of(e.getValue()))
                        .stream().map(v -> e.getKey() + "=" + URLEncoder.encode(v.toString(), StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }

    /** 16 statistics requests at once, again and again, while 16 connections read a page of placements. */
    void heavyBesideInteractive(String token, ListCall interactive) throws Exception {
        Callable<Integer> listing = api(token, interactive);
        Callable<Integer> counting = api(
                token,
                new ListCall(
                        "/api/v1/statistics/beneficiaries",
                        Map.of("schoolYear", YEAR, "groupBy", List.of("PROGRAMME", "SEX"))));
        Result alone = run(CONNECTIONS, SECONDS, listing);
        ExecutorService heavy = Executors.newSingleThreadExecutor();
        try {
            Future<Result> statisticsMeanwhile = heavy.submit(() -> run(CONNECTIONS, SECONDS * 3, counting));
            Thread.sleep(500);
            Result beside = run(CONNECTIONS, SECONDS * 2, listing);
            Result counted = statisticsMeanwhile.get();
            System.out.printf(
                    Locale.ROOT,
                    "BENCH interactive alone: %s | placements page, %.0f req/s, median %.1f ms, p99 %.1f ms,"
                            + " %d errors%n",
                    interactive,
                    alone.perSecond(),
                    alone.median(),
                    alone.p99(),
                    alone.errors);
            System.out.printf(
                    Locale.ROOT,
                    "BENCH interactive beside %d statistics requests: %.0f req/s, median %.1f ms, p99 %.1f ms,"
                            + " %d answers 503, %d other errors%n",
                    CONNECTIONS,
                    beside.perSecond(),
                    beside.median(),
                    beside.p99(),
                    beside.status503,
                    beside.errors - beside.status503);
            System.out.printf(
                    Locale.ROOT,
                    "BENCH statistics meanwhile (beneficiaries by programme and sex, %s): %d answered, median"
                            + " %.0f ms, p99 %.0f ms, %d answers 503 (their line was full), %d other errors%n",
                    YEAR,
                    counted.latencies.length - counted.errors,
                    counted.median(),
                    counted.p99(),
                    counted.status503,
                    counted.errors - counted.status503);
        } finally {
            heavy.shutdownNow();
        }
    }

    /** What {@code threads} callers, each calling again as soon as answered, got in {@code seconds}. */
    record Result(long[] latencies, int errors, int status503, double seconds) {

        double perSecond() {
            return latencies.length / seconds;
        }

        double median() {
            return percentile(0.5);
        }

        double p99() {
            return percentile(0.99);
        }

        double percentile(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            return latencies[Math.min(latencies.length - 1, (int) Math.ceil(p * latencies.length) - 1)] / 1e6;
        }
    }

    Result run(int threads, double seconds, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long end = System.nanoTime() + (long) (seconds * 1e9);
            List<Future<long[]>> workers = new ArrayList<>();
            AtomicLong errors = new AtomicLong();
            AtomicLong unavailable = new AtomicLong();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    long[] times = new long[1024];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        long t1 = System.nanoTime();
                        int status;
                        try {
                            status = call.call();
                        } catch (Exception e) {
                            status = -1;
                        }
                        if (n == times.length) {
                            times = Arrays.copyOf(times, n * 2);
                        }
                        times[n++] = System.nanoTime() - t1;
                        if (status != 200) {
                            errors.incrementAndGet();
                            if (status == 503) {
                                unavailable.incrementAndGet();
                            }
                        }
                    }
                    return Arrays.copyOf(times, n);
                }));
            }
            long[] all = new long[0];
            for (Future<long[]> worker : workers) {
                long[] times = worker.get();
                int at = all.length;
                all = Arrays.copyOf(all, at + times.length);
                System.arraycopy(times, 0, all, at, times.length);
            }
            double took = (System.nanoTime() - start) / 1e9;
            Arrays.sort(all);
            return new Result(all, (int) errors.get(), (int) unavailable.get(), took);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The captured statements, each of 16 connections running them in one transaction again and again. */
    Result runSql(List<String> sql) throws Exception {
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < CONNECTIONS; i++) {
                Connection c = db.getConnection();
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                c.setAutoCommit(false);
                connections.add(c);
            }
            AtomicLong next = new AtomicLong();
            ThreadLocal<Connection> mine =
                    ThreadLocal.withInitial(() -> connections.get((int) (next.getAndIncrement() % connections.size())));
            Callable<Integer> replay = () -> {
                Connection c = mine.get();
                try (Statement s = c.createStatement()) {
                    for (String statement : sql) {
                        if (s.execute(statement)) {
                            try (ResultSet r = s.getResultSet()) {
                                int columns = r.getMetaData().getColumnCount();
                                while (r.next()) {
                                    for (int i = 1; i <= columns; i++) {
                                        r.getObject(i);
                                    }
                                }
                            }
                        }
                    }
                }
                c.commit();
                return 200;
            };
            run(CONNECTIONS, Math.min(1, SECONDS), replay);
            return run(CONNECTIONS, SECONDS, replay);
        } finally {
            for (Connection c : connections) {
                c.rollback();
                c.close();
            }
        }
    }

    /** The statements the server received from the app while it answered one call (MariaDB's general log). */
    List<String> captured(Callable<Integer> call) throws Exception {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SET GLOBAL log_output = 'TABLE'");
            s.execute("TRUNCATE mysql.general_log");
            s.execute("SET GLOBAL general_log = 'ON'");
            try {
                int status = call.call();
                if (status != 200) {
                    throw new IllegalStateException("the API answered " + status);
                }
            } finally {
                s.execute("SET GLOBAL general_log = 'OFF'");
            }
            List<String> statements = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log"
                    + " WHERE command_type = 'Query' AND thread_id <> CONNECTION_ID() ORDER BY event_time")) {
                while (r.next()) {
                    String sql = r.getString(1).strip();
                    String verb = sql.length() < 6 ? "" : sql.substring(0, 6).toLowerCase(Locale.ROOT);
                    if (List.of("select", "insert", "update", "delete").contains(verb)) {
                        statements.add(sql);
                    }
                }
            }
            return statements;
        }
    }

    /** CPU time (ms) of the app and of MariaDB so far. */
    static long[] cpu() {
        return new long[] {cpuOf(APP_PID), cpuOf(DB_PID)};
    }

    static long cpuOf(long pid) {
        if (pid == 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime are fields 14 and 15 of the line, in clock ticks (100 a second)
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (Exception e) {
            return 0;
        }
    }

    static long[] minus(long[] a, long[] b) {
        return new long[] {a[0] - b[0], a[1] - b[1]};
    }

    void watchMemory() {
        while (!Thread.currentThread().isInterrupted()) {
            String rss = status("VmRSS");
            if (!rss.isEmpty()) {
                mostResident.accumulateAndGet(Long.parseLong(rss.replaceAll("[^0-9]", "")), Math::max);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static String status(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/" + APP_PID + "/status")).stream()
                    .filter(l -> l.startsWith(field + ":"))
                    .map(l -> l.substring(field.length() + 1).strip())
                    .findFirst()
                    .orElse("");
        } catch (Exception e) {
            return "";
        }
    }

    long count(String from) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + from)) {
            r.next();
            return r.getLong(1);
        }
    }

    static MariaDbDataSource dataSource() {
        try {
            MariaDbDataSource source = new MariaDbDataSource(System.getProperty("bench.db.url"));
            source.setUser(System.getProperty("bench.db.user", "forsa"));
            source.setPassword(System.getProperty("bench.db.password", "forsa"));
            return source;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
