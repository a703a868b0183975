package ma.forsa.common.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import ma.forsa.testing.NationalData;
import org.junit.jupiter.api.Test;

/**
 * Sixteen statistics requests at once, on a generated directorate, while lists are being read: the statistics take
 * their turn (MariaDB, watched from outside the app, never runs more of their queries at once than the turn allows),
 * every one of them is answered, and no list waits for them or answers 503.
 */
@QuarkusTest
@TestSecurity(user = "staff.ixa01", roles = "directorate-admin")
@OidcSecurity(claims = @Claim(key = "directorate", value = "IXA01"))
class HeavyWorkTest {

    static final NationalData.Shape SHAPE = NationalData.ONE_DIRECTORATE;
    static final String YEAR = NationalData.ONE_DIRECTORATE_YEAR;
    static final int HEAVY = 16;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    HeavyWork heavy;

    @Test
    void statisticsTakeTheirTurnAndListsKeepAnswering() throws Exception {
        NationalData.ensure(dataSource, SHAPE);
        heavy.resetPeak();
        AtomicBoolean heavyRunning = new AtomicBoolean(true);
        AtomicInteger mostStatisticsQueries = new AtomicInteger();
        Map<Integer, AtomicInteger> listStatuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(HEAVY + 5);
        try {
            Future<?> watcher = pool.submit(() -> watch(heavyRunning, mostStatisticsQueries));
            List<Future<Integer>> statistics = new ArrayList<>();
            for (int i = 0; i < HEAVY; i++) {
                statistics.add(pool.submit(() -> given().queryParam("schoolYear", YEAR)
                        .queryParam("groupBy", "CENTRE")
                        .queryParam("groupBy", "SEX")
                        .queryParam("groupBy", "PROGRAMME")
                        .get("/api/v1/statistics/beneficiaries")
                        .statusCode()));
            }
            List<Future<?>> readers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                readers.add(pool.submit(() -> {
                    while (heavyRunning.get()) {
                        int status = given().queryParam("schoolYear", YEAR)
                                .queryParam("size", 20)
                                .get("/api/v1/placements")
                                .statusCode();
                        listStatuses
                                .computeIfAbsent(status, s -> new AtomicInteger())
                                .incrementAndGet();
                    }
                    return null;
                }));
            }
            Map<Integer, Integer> statisticsStatuses = new TreeMap<>();
            for (Future<Integer> answer : statistics) {
                statisticsStatuses.merge(answer.get(120, TimeUnit.SECONDS), 1, Integer::sum);
            }
            heavyRunning.set(false);
            for (Future<?> reader : readers) {
                reader.get(60, TimeUnit.SECONDS);
            }
            watcher.get(10, TimeUnit.SECONDS);

            assertEquals(Map.of(200, HEAVY), statisticsStatuses, "every statistics request is answered in its turn");
            assertTrue(listStatuses.containsKey(200), "lists were read meanwhile: " + listStatuses);
            assertEquals(Map.of(200, listStatuses.get(200).get()), toPlain(listStatuses), "lists never refused");
            assertTrue(
                    heavy.peak() >= 1 && heavy.peak() <= heavy.concurrency(),
                    "ran at once: " + heavy.peak() + " of " + heavy.concurrency());
            assertTrue(
                    mostStatisticsQueries.get() <= heavy.concurrency(),
                    "MariaDB ran " + mostStatisticsQueries.get() + " statistics queries at once");
        } finally {
            pool.shutdownNow();
        }
    }

    /** The most statistics queries MariaDB runs at once, sampled from its process list until the requests end. */
    private Void watch(AtomicBoolean running, AtomicInteger most) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            while (running.get()) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.processlist"
                        + " WHERE id <> CONNECTION_ID() AND info LIKE '%COUNT(DISTINCT p.learner_id)%'")) {
                    r.next();
                    most.accumulateAndGet(r.getInt(1), Math::max);
                }
                Thread.sleep(2);
            }
        }
        return null;
    }

    private static Map<Integer, Integer> toPlain(Map<Integer, AtomicInteger> counts) {
        Map<Integer, Integer> plain = new TreeMap<>();
        counts.forEach((status, count) -> plain.put(status, count.get()));
        return plain;
    }
}
