package ma.forsa.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import ma.forsa.testing.Db;
import ma.forsa.testing.MariaDbServer;
import ma.forsa.testing.Names;
import org.junit.jupiter.api.Test;

/**
 * The database is killed in the middle of a load of writes and started again: meanwhile requests
 * answer 503 problem+json with Retry-After, the app comes back by itself, and every write that was
 * answered 201 is in the database afterwards.
 */
@QuarkusTest
@TestProfile(OutageDatabase.Profile.class)
@TestSecurity(user = "staff.outage", roles = "directorate-staff")
@OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
class DatabaseOutageTest {

    static final int WRITERS = 4;

    @OutageDatabase.Server
    MariaDbServer database;

    @Inject
    Db db;

    record Answer(String name, int status, String retryAfter, String contentType, String body, long millis, long at) {}

    @Test
    void writesFailFastDuringAnOutageAndNoAnsweredWriteIsLost() throws Exception {
        String run = Names.unique("انقطاع");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String base = "http://localhost:" + RestAssured.port;
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger counter = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            writers.submit(() -> {
                while (running.get()) {
                    String name = run + " #" + counter.incrementAndGet();
                    String body = "{\"nameAr\":\"" + name + "\"}";
                    long start = System.nanoTime();
                    int status;
                    String retryAfter = null;
                    String type = null;
                    String text = null;
                    try {
                        HttpResponse<String> response = http.send(
                                HttpRequest.newBuilder(URI.create(base + "/api/v1/associations"))
                                        .timeout(Duration.ofSeconds(60))
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        status = response.statusCode();
                        retryAfter =
                                response.headers().firstValue("Retry-After").orElse(null);
                        type = response.headers().firstValue("Content-Type").orElse(null);
                        text = response.body();
                    } catch (Exception e) {
                        status = -1;
                    }
                    answers.add(new Answer(
                            name,
                            status,
                            retryAfter,
                            type,
                            text,
                            (System.nanoTime() - start) / 1_000_000,
                            System.nanoTime()));
                }
                return null;
            });
        }
        try {
            await(answers, a -> a.status() == 201, 20, 60);
            long killedAt = System.nanoTime();
            database.kill();
            await(answers, a -> a.at() > killedAt && a.status() == 503, 20, 60);
            assertEquals(
                    503,
                    http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode(),
                    "readiness is DOWN while the database is");
            long restartedAt = System.nanoTime();
            database.start();
            await(answers, a -> a.at() > restartedAt && a.status() == 201, 20, 120);
            assertEquals(
                    200,
                    http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode(),
                    "readiness is UP again");
            long recoveredAt = answers.stream()
                    .filter(a -> a.at() > restartedAt && a.status() == 201)
                    .mapToLong(Answer::at)
                    .min()
                    .orElseThrow();
            report(answers, killedAt, restartedAt, recoveredAt);
        } finally {
            running.set(false);
            writers.shutdown();
            writers.awaitTermination(90, TimeUnit.SECONDS);
        }

        List<Answer> all = new ArrayList<>(answers);
        List<Answer> wrong =
                all.stream().filter(a -> a.status() != 201 && a.status() != 503).toList();
        assertTrue(
                wrong.isEmpty(),
                "only 201 or 503, never a 500 or a dropped connection: " + wrong.subList(0, Math.min(5, wrong.size())));
        for (Answer a : all) {
            if (a.status() == 503) {
                assertTrue(
                        a.retryAfter() != null && a.contentType().startsWith("application/problem+json"),
                        "a 503 is problem+json with Retry-After: " + a);
            }
        }
        Set<String> saved = new HashSet<>(List.of(db.string(
                        "SELECT GROUP_CONCAT(name_ar SEPARATOR '|') FROM association WHERE name_ar LIKE CONCAT(?, ' #%')",
                        run)
                .split("\\|")));
        List<String> lost = all.stream()
                .filter(a -> a.status() == 201 && !saved.contains(a.name()))
                .map(Answer::name)
                .toList();
        // A 503 that says "nothing was changed" must be true; a commit cut short says it may be saved.
        List<Answer> savedAfterAll = all.stream()
                .filter(a -> a.status() == 503 && saved.contains(a.name()))
                .toList();
        List<Answer> wronglyReassured = savedAfterAll.stream()
                .filter(a -> a.body().contains("nothing was changed"))
                .toList();
        System.out.println("OUTAGE lost writes: " + lost.size() + "; answered 503 yet saved: " + savedAfterAll.size()
                + " (each told the change may be saved: " + wronglyReassured.isEmpty() + ")");
        assertEquals(List.of(), lost, "writes answered 201 but missing after the outage");
        assertEquals(List.of(), wronglyReassured, "a 503 said nothing was changed, but the write was saved");
    }

    private static void await(ConcurrentLinkedQueue<Answer> answers, Predicate<Answer> which, int count, int seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (answers.stream().filter(which).count() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + seconds + " s for " + count + " answers; got "
                        + answers.stream().filter(which).count() + " of " + answers.size());
            }
            Thread.sleep(50);
        }
    }

    private static void report(
            ConcurrentLinkedQueue<Answer> answers, long killedAt, long restartedAt, long recoveredAt) {
        List<Answer> during = answers.stream()
                .filter(a -> a.at() > killedAt && a.at() < restartedAt)
                .toList();
        long slowest503 = answers.stream()
                .filter(a -> a.status() == 503)
                .mapToLong(Answer::millis)
                .max()
                .orElse(0);
        double medianMillis = answers.stream()
                .filter(a -> a.status() == 503)
                .mapToLong(Answer::millis)
                .sorted()
                .skip(answers.stream().filter(a -> a.status() == 503).count() / 2)
                .findFirst()
                .orElse(0);
        System.out.printf(
                "OUTAGE requests %d: 201 %d, 503 %d (median %.0f ms, slowest %d ms), answered while down %d;"
                        + " first 201 %.1f s after the restart began%n",
                answers.size(),
                answers.stream().filter(a -> a.status() == 201).count(),
                answers.stream().filter(a -> a.status() == 503).count(),
                medianMillis,
                slowest503,
                during.size(),
                (recoveredAt - restartedAt) / 1e9);
    }
}
