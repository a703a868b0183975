package ma.forsa.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import ma.forsa.testing.Keycloak;
import ma.forsa.testing.Names;
import ma.forsa.testing.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged app on one database (the way a directorate scales out), hit at the
 * same moment: concurrent read-modify-write of one record loses no update, and concurrent enrolments
 * into the last free place give it once. Runs after packaging (Failsafe), against the MariaDB and
 * Keycloak that ./forsa test starts.
 */
class TwoInstancesIT {

    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final List<Process> INSTANCES = new ArrayList<>();
    static final List<String> URLS = new ArrayList<>();
    static String token;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        assertTrue(Files.exists(JAR), "the packaged app is missing: run mvn verify (or ./forsa test)");
        // should this JVM be stopped before @AfterAll, the instances go with it
        Runtime.getRuntime().addShutdownHook(new Thread(() -> INSTANCES.forEach(Process::destroyForcibly)));
        for (String name : List.of("a", "b")) {
            int port = Ports.free();
            ProcessBuilder builder = new ProcessBuilder("java", "-Xmx384m", "-jar", JAR.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(
                            Path.of("target", "two-instances-" + name + ".log").toFile());
            Map<String, String> env = builder.environment();
            env.put("FORSA_HTTP_PORT", Integer.toString(port));
            env.put("FORSA_HTTP_HOST", "127.0.0.1");
            env.put("FORSA_DB_URL", required("FORSA_TEST_DB_URL"));
            env.put("FORSA_DB_USER", required("FORSA_TEST_DB_USER"));
            env.put("FORSA_DB_PASSWORD", System.getenv().getOrDefault("FORSA_TEST_DB_PASSWORD", ""));
            String realm = required("FORSA_TEST_OIDC_URL");
            env.put("FORSA_OIDC_URL", realm);
            env.put("FORSA_KEYCLOAK_PUBLIC_URL", realm.substring(0, realm.indexOf("/realms/")));
            env.put("FORSA_DEMO_DATA", "false");
            // webhooks to the test's receiver on 127.0.0.1, polled often
            env.put("FORSA_WEBHOOKS_ALLOW_HTTP", "true");
            env.put("FORSA_WEBHOOKS_POLL_INTERVAL", "200ms");
            INSTANCES.add(builder.start());
            URLS.add("http://127.0.0.1:" + port);
        }
        for (int i = 0; i < URLS.size(); i++) {
            awaitReady(URLS.get(i), INSTANCES.get(i));
        }
        Keycloak keycloak = new Keycloak();
        String user = "m-2i-" + Names.unique("s").replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        keycloak.createUser(user, "directorate-staff", Map.of("directorate", "LAA"));
        token = keycloak.login(user, Keycloak.PASSWORD);
    }

    @AfterAll
    static void stopThem() throws InterruptedException {
        for (Process process : INSTANCES) {
            process.destroy();
        }
        for (Process process : INSTANCES) {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void concurrentReadModifyWriteOnBothInstancesLosesNoUpdate() throws Exception {
        long association =
                id(call(0, "POST", "/api/v1/associations", Map.of("nameAr", Names.unique("جمعية مثيلين"))), 201);
        Map<String, Object> centre = Map.of(
                "nameAr",
                Names.unique("مركز العداد"),
                "type",
                "NFE_BASIC",
                "associationId",
                association,
                "communeCode",
                "LAA-LAAYOUNE",
                "capacity",
                100);
        long id = id(call(0, "POST", "/api/v1/centres", centre), 201);
        int threads = 8;
        int increments = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<int[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int instance = t % 2;
            results.add(pool.submit(() -> {
                start.await();
                int conflicts = 0;
                for (int done = 0; done < increments; ) {
                    JsonNode current = JSON.readTree(
                            call(instance, "GET", "/api/v1/centres/" + id, null).body());
                    ObjectNode body = JSON.valueToTree(centre);
                    body.put("capacity", current.get("capacity").asInt() + 1);
                    body.put("version", current.get("version").asLong());
                    HttpResponse<String> put = call(instance, "PUT", "/api/v1/centres/" + id, body);
                    if (put.statusCode() == 200) {
                        done++;
                    } else if (put.statusCode() == 409) {
                        conflicts++;
                    } else {
                        throw new AssertionError("update answered " + put.statusCode() + ": " + put.body());
                    }
                }
                return new int[] {increments, conflicts};
            }));
        }
        start.countDown();
        int applied = 0;
        int conflicts = 0;
        for (Future<int[]> result : results) {
            int[] counts = result.get(180, TimeUnit.SECONDS);
            applied += counts[0];
            conflicts += counts[1];
        }
        pool.shutdown();
        JsonNode after =
                JSON.readTree(call(1, "GET", "/api/v1/centres/" + id, null).body());
        System.out.println("TWO INSTANCES updates: " + applied + " applied, " + conflicts + " refused as stale (409)"
                + ", capacity 100 -> " + after.get("capacity").asInt());
        assertEquals(
                100 + threads * increments, after.get("capacity").asInt(), "every answered update is in the record");
        assertEquals(threads * increments, after.get("version").asInt());
        assertEquals(100 + threads * increments, sqlInt("SELECT capacity FROM centre WHERE id = ?", id));
    }

    @Test
    void theLastFreePlaceIsGivenOnceAcrossBothInstances() throws Exception {
        long association =
                id(call(0, "POST", "/api/v1/associations", Map.of("nameAr", Names.unique("جمعية مثيلين"))), 201);
        long centre = id(
                call(
                        0,
                        "POST",
                        "/api/v1/centres",
                        Map.of(
                                "nameAr",
                                Names.unique("مركز المقعد الأخير"),
                                "type",
                                "NFE_BASIC",
                                "associationId",
                                association,
                                "communeCode",
                                "LAA-LAAYOUNE",
                                "capacity",
                                3)),
                201);
        // two of three places taken beforehand: one is left
        for (int i = 0; i < 2; i++) {
            id(
                    call(
                            i,
                            "POST",
                            "/api/v1/placements",
                            Map.of(
                                    "learnerId",
                                    learner(association),
                                    "centreId",
                                    centre,
                                    "schoolYear",
                                    "2025/2026",
                                    "enrolledOn",
                                    "2025-10-06")),
                    201);
        }
        int contenders = 16;
        List<Long> learners = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            learners.add(learner(association));
        }
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            int instance = i % 2;
            long learner = learners.get(i);
            Callable<HttpResponse<String>> place = () -> {
                start.await();
                return call(
                        instance,
                        "POST",
                        "/api/v1/placements",
                        Map.of(
                                "learnerId",
                                learner,
                                "centreId",
                                centre,
                                "schoolYear",
                                "2025/2026",
                                "enrolledOn",
                                "2025-10-06"));
            };
            answers.add(pool.submit(place));
        }
        start.countDown();
        int enrolled = 0;
        int full = 0;
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(180, TimeUnit.SECONDS);
            if (response.statusCode() == 201) {
                enrolled++;
            } else if (response.statusCode() == 409 && response.body().contains("centre-full")) {
                full++;
            } else {
                throw new AssertionError("a placement answered " + response.statusCode() + ": " + response.body());
            }
        }
        pool.shutdown();
        int inDatabase = sqlInt("SELECT COUNT(*) FROM placement WHERE centre_id = ? AND status = 'ENROLLED'", centre);
        System.out.println(
                "TWO INSTANCES last place: " + contenders + " concurrent enrolments, " + enrolled + " enrolled, " + full
                        + " refused as centre-full; enrolled in the database " + inDatabase + " of capacity 3");
        assertEquals(1, enrolled, "the last place is given once");
        assertEquals(contenders - 1, full);
        assertEquals(3, inDatabase);
    }

    @Test
    void anIdempotencyKeyIsHonouredAcrossBothInstances() throws Exception {
        String name = Names.unique("جمعية المفتاح");
        String key = java.util.UUID.randomUUID().toString();
        List<java.util.concurrent.Callable<HttpResponse<String>>> sends = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int instance = i % 2;
            sends.add(() -> keyed(instance, key, Map.of("nameAr", name)));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (var answer : pool.invokeAll(sends)) {
                statuses.add(answer.get().statusCode());
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), "answers: " + statuses);
        HttpResponse<String> first = keyed(0, key, Map.of("nameAr", name));
        HttpResponse<String> second = keyed(1, key, Map.of("nameAr", name));
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(first.body(), second.body());
        assertEquals("true", second.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(1, sqlString("SELECT COUNT(*) FROM association WHERE name_ar = ?", name));
        assertEquals(422, keyed(1, key, Map.of("nameAr", name + " ب")).statusCode());
    }

    // ------------------------------------------------------------------ helpers

    private static HttpResponse<String> keyed(int instance, String key, Object body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(URLS.get(instance) + "/api/v1/associations"))
                        .timeout(Duration.ofSeconds(120))
                        .header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", key)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void eachEventIsSentOnceThoughBothInstancesDispatch() throws Exception {
        Map<String, Integer> byId = new java.util.concurrent.ConcurrentHashMap<>();
        com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(8));
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byId.merge(exchange.getRequestHeaders().getFirst("webhook-id"), 1, Integer::sum);
            try {
                Thread.sleep(50); // a receiver that takes its time: both instances have work in flight
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String directorate = "WH2";
            sql("INSERT IGNORE INTO directorate (code, academy_code, name_ar, name_fr)"
                    + " VALUES ('WH2', 'LSH', 'مديرية الاختبار ٢', 'Direction de test 2')");
            sql("INSERT INTO webhook_endpoint (directorate_code, owner, url, event_types, secret, created_at,"
                    + " updated_at) VALUES ('" + directorate + "', 'two-instances', 'http://127.0.0.1:"
                    + receiver.getAddress().getPort() + "/hook', 'campaign.closed',"
                    + " 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', NOW(6), NOW(6))");
            int events = 60;
            for (int i = 0; i < events; i++) {
                String title = Names.unique("حملة مثيلين");
                sql("INSERT INTO campaign (directorate_code, school_year_id, title_ar, starts_on, ends_on, status,"
                        + " created_at, updated_at) SELECT '" + directorate + "', id, '" + title + "', starts_on,"
                        + " ends_on, 'ACTIVE', NOW(6), NOW(6) FROM school_year ORDER BY id LIMIT 1");
                sql("UPDATE campaign SET status = 'CLOSED' WHERE title_ar = '" + title + "'");
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (byId.size() < events && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            Thread.sleep(1_500); // a second send of any of them would come within this
            int senders = sqlInt(
                    "SELECT COUNT(DISTINCT a.sent_by) FROM webhook_attempt a JOIN webhook_delivery d"
                            + " ON d.id = a.delivery_id JOIN webhook_endpoint e ON e.id = d.endpoint_id"
                            + " WHERE e.owner = 'two-instances' AND e.id > ?",
                    0);
            System.out.println("TWO INSTANCES webhooks: " + byId.size() + " events received, "
                    + byId.values().stream().mapToInt(Integer::intValue).sum() + " requests, sent by " + senders
                    + " instance(s)");
            assertEquals(events, byId.size(), "every event arrived");
            assertTrue(byId.values().stream().allMatch(n -> n == 1), "each event was sent once: " + byId);
        } finally {
            receiver.stop(0);
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        required("FORSA_TEST_DB_URL"),
                        required("FORSA_TEST_DB_USER"),
                        System.getenv().getOrDefault("FORSA_TEST_DB_PASSWORD", ""));
                java.sql.Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static int sqlString(String sql, String param) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        required("FORSA_TEST_DB_URL"),
                        required("FORSA_TEST_DB_USER"),
                        System.getenv().getOrDefault("FORSA_TEST_DB_PASSWORD", ""));
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static long learner(long association) throws Exception {
        return id(
                call(
                        0,
                        "POST",
                        "/api/v1/learners",
                        Map.of(
                                "firstNameAr",
                                "سلمى",
                                "lastNameAr",
                                Names.unique("المتنافسة"),
                                "birthDate",
                                "2013-06-01",
                                "sex",
                                "F",
                                "associationId",
                                association)),
                201);
    }

    private static HttpResponse<String> call(int instance, String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URLS.get(instance) + path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(
                            method,
                            HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long id(HttpResponse<String> response, int expected) throws IOException {
        assertEquals(expected, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("id").asLong();
    }

    private static int sqlInt(String sql, long param) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        required("FORSA_TEST_DB_URL"),
                        required("FORSA_TEST_DB_USER"),
                        System.getenv().getOrDefault("FORSA_TEST_DB_PASSWORD", ""));
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, param);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static void awaitReady(String url, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("an instance stopped while starting; see target/two-instances-*.log");
            }
            try {
                if (HTTP.send(
                                        HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError(url + " was not ready within 120 s");
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    name + " is not set: run ./forsa test, or mvn with ./forsa services' variables");
        }
        return value;
    }
}
