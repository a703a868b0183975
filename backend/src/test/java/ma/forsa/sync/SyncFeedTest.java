package ma.forsa.sync;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import ma.forsa.testing.Db;
import ma.forsa.testing.Fixtures;
import ma.forsa.testing.Keycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The change feed as another system follows it, with real tokens of clients registered in the real Keycloak for a
 * directorate of the test's own: every change seen once and in commit order while writers run (several in one
 * statement, one committed late, some deleted), tombstones for deletions and erasures, personal data only when
 * granted, and each grant checked.
 */
@QuarkusTest
class SyncFeedTest {

    private static final String SECRET = "sync-test-secret";
    private static String directorate;
    private static String commune;
    private static long association;
    private static final Map<String, String> tokens = new HashMap<>();
    private static final Map<String, Long> fetched = new HashMap<>();

    @Inject
    Db db;

    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    private final Keycloak keycloak = new Keycloak();

    @BeforeEach
    void directorateOfItsOwn() {
        if (directorate != null) {
            return;
        }
        directorate = "S" + (100000 + ThreadLocalRandom.current().nextInt(900000));
        commune = directorate + "-1";
        fixtures.directorate(directorate);
        db.update(
                "INSERT INTO commune (code, directorate_code, name_ar, name_fr) VALUES (?, ?, 'جماعة', 'Commune')",
                commune,
                directorate);
        association = fixtures.association(directorate, "جمعية " + directorate);
        keycloak.createClient("sync-" + directorate, SECRET, directorate, List.of("sync"));
        keycloak.createClient("people-" + directorate, SECRET, directorate, List.of("sync", "personal-data"));
        keycloak.createClient("stats-" + directorate, SECRET, directorate, List.of("statistics"));
        keycloak.createUser(
                "admin-" + directorate.toLowerCase(), "directorate-admin", Map.of("directorate", directorate));
    }

    /** A token of one of the test's clients, fetched again before the realm's five minutes are up. */
    private synchronized String token(String client) {
        Long at = fetched.get(client);
        if (at == null || System.nanoTime() - at > TimeUnit.MINUTES.toNanos(3)) {
            tokens.put(
                    client,
                    client.startsWith("admin-")
                            ? keycloak.login(client, Keycloak.PASSWORD)
                            : keycloak.clientCredentials(client + directorate, SECRET));
            fetched.put(client, System.nanoTime());
        }
        return tokens.get(client);
    }

    private JsonPath pull(String client, String cursor) {
        var request = given().auth().oauth2(token(client)).queryParam("limit", 50);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get("/api/v1/sync/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** What a client following the feed keeps: the cursor, every sequence seen, and each record's latest entry. */
    private final class Follower {
        final String client;
        String cursor;
        long lastSequence;
        final Set<Long> sequences = new HashSet<>();
        final Map<String, Map<String, Object>> latest = new HashMap<>();

        Follower(String client) {
            this.client = client;
        }

        /** One call; answers whether more is ready. */
        boolean pullOnce() {
            JsonPath page = pull(client, cursor);
            List<Map<String, Object>> changes = page.getList("changes");
            for (Map<String, Object> change : changes) {
                long sequence = ((Number) change.get("sequence")).longValue();
                assertTrue(sequence > lastSequence, "sequence " + sequence + " came after " + lastSequence);
                assertTrue(sequences.add(sequence), "sequence " + sequence + " seen twice");
                lastSequence = sequence;
                latest.put(change.get("type") + "#" + change.get("id"), change);
            }
            cursor = page.getString("next");
            return page.getBoolean("hasMore");
        }

        void catchUp() {
            while (pullOnce()) {
                // next page at once
            }
        }

        Map<String, Object> of(String type, long id) {
            return latest.get(type + "#" + id);
        }
    }

    private long centre(String name, int capacity) {
        return fixtures.centre(directorate, association, "NFE_BASIC", commune, name, capacity);
    }

    @Test
    void everyChangeOnceInCommitOrderWhileWritersRun() throws Exception {
        Follower follower = new Follower("sync-");
        follower.catchUp();

        // a transaction that writes first and commits last: its centre has the lower id and must still be seen
        CountDownLatch lateWritten = new CountDownLatch(1);
        CountDownLatch othersCommitted = new CountDownLatch(1);
        String lateName = "متأخر " + directorate;
        java.util.concurrent.atomic.AtomicLong lateId = new java.util.concurrent.atomic.AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        Future<?> late = pool.submit(() -> {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO centre (directorate_code, association_id,"
                        + " name_ar, type, commune_code, capacity, class_cap, created_at, updated_at)"
                        + " VALUES (?, ?, ?, 'NFE_BASIC', ?, 30, 20, NOW(6), NOW(6))")) {
                    s.setString(1, directorate);
                    s.setLong(2, association);
                    s.setString(3, lateName);
                    s.setString(4, commune);
                    s.executeUpdate();
                }
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT LAST_INSERT_ID()")) {
                    r.next();
                    lateId.set(r.getLong(1));
                }
                lateWritten.countDown();
                assertTrue(othersCommitted.await(60, TimeUnit.SECONDS));
                c.commit();
            }
            return null;
        });
        assertTrue(lateWritten.await(30, TimeUnit.SECONDS));
        long early = centre("مبكر " + directorate, 25);

        // writers: create, change and delete centres, three of them in one statement (the same NOW(6))
        Set<Long> deleted = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 12; i++) {
                    long id = centre("مركز " + directorate + " " + writer + "-" + i, 20 + i);
                    db.update("UPDATE centre SET capacity = capacity + 1, version = version + 1 WHERE id = ?", id);
                    if (i % 4 == 3) {
                        db.update("DELETE FROM centre WHERE id = ?", id);
                        deleted.add(id);
                    }
                }
                return null;
            }));
        }
        writers.add(pool.submit(() -> {
            db.update(
                    "INSERT INTO centre (directorate_code, association_id, name_ar, type, commune_code, capacity,"
                            + " class_cap, created_at, updated_at) VALUES"
                            + " (?, ?, ?, 'NFE_BASIC', ?, 10, 10, NOW(6), NOW(6)),"
                            + " (?, ?, ?, 'NFE_BASIC', ?, 11, 11, NOW(6), NOW(6)),"
                            + " (?, ?, ?, 'NFE_BASIC', ?, 12, 12, NOW(6), NOW(6))",
                    directorate,
                    association,
                    "معا أ " + directorate,
                    commune,
                    directorate,
                    association,
                    "معا ب " + directorate,
                    commune,
                    directorate,
                    association,
                    "معا ج " + directorate,
                    commune);
            return null;
        }));
        // the follower pulls all along
        Future<?> following = pool.submit(() -> {
            while (writing.get()) {
                follower.pullOnce();
            }
            return null;
        });
        for (Future<?> writer : writers) {
            writer.get(120, TimeUnit.SECONDS);
        }
        writing.set(false);
        following.get(60, TimeUnit.SECONDS);
        follower.catchUp();
        assertNull(follower.of("CENTRE", lateId.get()), "a change not yet committed is not in the feed");
        othersCommitted.countDown();
        late.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        follower.catchUp();

        // the follower's copy equals the directorate's centres; every deletion came as a tombstone
        Map<Long, Long> versions = versionsOfCentres();
        assertEquals(3 * 12 - deleted.size() + 3 + 2, versions.size());
        for (Map.Entry<Long, Long> centre : versions.entrySet()) {
            Map<String, Object> change = follower.of("CENTRE", centre.getKey());
            assertNotNull(change, "centre " + centre.getKey() + " never came");
            assertEquals("CHANGED", change.get("operation"));
            Map<?, ?> record = (Map<?, ?>) change.get("centre");
            assertEquals(centre.getValue(), ((Number) record.get("version")).longValue());
        }
        for (long id : deleted) {
            Map<String, Object> change = follower.of("CENTRE", id);
            assertNotNull(change, "deleted centre " + id + " never came");
            assertEquals("DELETED", change.get("operation"));
            assertNull(change.get("centre"));
        }
        // committed last, numbered last: after the centre written after it
        long lateSequence = sequenceOf(follower.of("CENTRE", lateId.get()));
        assertTrue(lateId.get() < early);
        assertTrue(lateSequence > sequenceOf(follower.of("CENTRE", early)));
        // the three written by one statement share their time, not their place
        List<Long> together = new ArrayList<>();
        Set<Object> times = new HashSet<>();
        for (String suffix : List.of("أ", "ب", "ج")) {
            Map<String, Object> change = follower.of("CENTRE", idOf("معا " + suffix + " " + directorate));
            together.add(sequenceOf(change));
            times.add(change.get("changedAt"));
        }
        assertEquals(1, times.size(), "written in one statement, at one time");
        assertEquals(3, new HashSet<>(together).size());

        // a second follower starting now receives each live record once and nothing twice
        Follower newcomer = new Follower("sync-");
        newcomer.catchUp();
        assertEquals(versions.keySet(), liveCentres(newcomer));
    }

    @Test
    void learnersOnlyWhenGrantedAndTheirErasureIsATombstone() {
        long learner = fixtures.learner(directorate, association, "2012-03-04");
        Follower plain = new Follower("sync-");
        plain.catchUp();
        Follower granted = new Follower("people-");
        granted.catchUp();
        assertNull(plain.of("LEARNER", learner), "a client without personal-data never receives a learner");
        assertTrue(plain.latest.keySet().stream().noneMatch(k -> k.startsWith("LEARNER#") || k.startsWith("CASE#")));
        Map<String, Object> registered = granted.of("LEARNER", learner);
        assertEquals("CHANGED", registered.get("operation"));
        assertEquals("متعلم", ((Map<?, ?>) registered.get("learner")).get("firstNameAr"));

        given().auth()
                .oauth2(token("admin-" + directorate.toLowerCase()))
                .contentType("application/json")
                .body(Map.of("reason", "طلب كتابي من الولي"))
                .post("/api/v1/learners/" + learner + "/anonymisation")
                .then()
                .statusCode(200);
        granted.catchUp();
        Map<String, Object> erased = granted.of("LEARNER", learner);
        assertEquals("ERASED", erased.get("operation"));
        assertNull(erased.get("learner"), "a tombstone carries nothing of the child");
        assertTrue(sequenceOf(erased) > sequenceOf(registered));
        plain.catchUp();
        assertNull(plain.of("LEARNER", learner));
    }

    @Test
    void eachGrantIsChecked() {
        given().auth()
                .oauth2(token("stats-"))
                .get("/api/v1/sync/changes")
                .then()
                .statusCode(403);
        given().auth().oauth2(token("stats-")).get("/api/v1/centres").then().statusCode(403);
        given().auth()
                .oauth2(token("stats-"))
                .queryParam("schoolYear", "2025/2026")
                .get("/api/v1/statistics/beneficiaries")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(token("sync-"))
                .queryParam("schoolYear", "2025/2026")
                .get("/api/v1/statistics/beneficiaries")
                .then()
                .statusCode(403);
        given().auth().oauth2(token("sync-")).get("/api/v1/centres").then().statusCode(200);
    }

    @Test
    void aCursorNotGivenByTheFeedIsRefusedBesideItsField() {
        for (String cursor : List.of("not-a-cursor", "eDEy", "cy0x")) {
            given().auth()
                    .oauth2(token("sync-"))
                    .header("Accept-Language", "fr")
                    .queryParam("cursor", cursor)
                    .get("/api/v1/sync/changes")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("cursor"))
                    .body("errors[0].message", containsString("curseur"));
        }
    }

    private static long sequenceOf(Map<String, Object> change) {
        return ((Number) change.get("sequence")).longValue();
    }

    private long idOf(String centreName) {
        return Long.parseLong(db.string("SELECT id FROM centre WHERE name_ar = ?", centreName));
    }

    private Map<Long, Long> versionsOfCentres() throws Exception {
        Map<Long, Long> versions = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT id, version FROM centre WHERE directorate_code = '" + directorate + "'")) {
            while (r.next()) {
                versions.put(r.getLong(1), r.getLong(2));
            }
        }
        return Collections.unmodifiableMap(versions);
    }

    private static Set<Long> liveCentres(Follower follower) {
        Set<Long> live = new HashSet<>();
        follower.latest.forEach((key, change) -> {
            if (key.startsWith("CENTRE#") && "CHANGED".equals(change.get("operation"))) {
                live.add(((Number) change.get("id")).longValue());
            }
        });
        assertFalse(live.isEmpty());
        return live;
    }
}
