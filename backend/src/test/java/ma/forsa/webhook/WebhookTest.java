package ma.forsa.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import ma.forsa.testing.Db;
import ma.forsa.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end with a real receiver on 127.0.0.1: events written by the database's triggers in the
 * transaction of the change, signed as Standard Webhooks says (the specification's own example verifies), sent once,
 * tried again until a failing receiver recovers, and an endpoint that never answers well is disabled.
 */
@QuarkusTest
@TestSecurity(user = "admin.webhooks", roles = "directorate-admin")
@OidcSecurity(claims = @Claim(key = "directorate", value = WebhookTest.DIRECTORATE))
class WebhookTest {

    static final String DIRECTORATE = "WHK";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Db db;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    Fixtures fixtures;

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** The statuses the receiver answers, in turn; the last one for ever after. */
    private volatile List<Integer> answers = List.of(204);

    private final AtomicInteger calls = new AtomicInteger();

    record Received(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    @BeforeEach
    void receiverAndDirectorate() throws IOException {
        fixtures.directorate(DIRECTORATE);
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
            int call = calls.getAndIncrement();
            List<Integer> now = answers;
            exchange.sendResponseHeaders(now.get(Math.min(call, now.size() - 1)), -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
        // its endpoints go with it: nothing is left failing in the background for later tests
        db.update("DELETE FROM webhook_endpoint WHERE directorate_code = ?", DIRECTORATE);
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private JsonPath register(List<String> types) {
        return given().contentType("application/json")
                .body(Map.of("url", url(), "description", "récepteur de test", "eventTypes", types))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .body("secret", startsWith("whsec_"))
                .body("active", equalTo(true))
                .extract()
                .jsonPath();
    }

    /** A campaign of the directorate closed (a status change in SQL: the trigger writes the event). */
    private long closeCampaign() {
        String title = "حملة " + System.nanoTime();
        db.update(
                "INSERT INTO campaign (directorate_code, school_year_id, title_ar, starts_on, ends_on, status,"
                        + " created_at, updated_at) SELECT ?, id, ?, starts_on, ends_on, 'ACTIVE', NOW(6), NOW(6)"
                        + " FROM school_year ORDER BY id LIMIT 1",
                DIRECTORATE,
                title);
        long id = Long.parseLong(db.string("SELECT id FROM campaign WHERE title_ar = ?", title));
        db.update("UPDATE campaign SET status = 'CLOSED', version = version + 1 WHERE id = ?", id);
        return id;
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(100);
        }
    }

    private static JsonPath deliveries(long webhook) {
        return given().get("/api/v1/webhooks/" + webhook + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void theSpecificationsExampleSignsAlike() {
        assertEquals(
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSigner.sign(
                        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                        "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330L,
                        "{\"test\": 2432232314}"));
    }

    @Test
    void aClosedCampaignReachesTheReceiverSignedAndOnce() throws Exception {
        JsonPath webhook = register(List.of("campaign.closed"));
        long campaign = closeCampaign();
        await("the event reaches the receiver", () -> !received.isEmpty());
        Thread.sleep(1_500); // a second send would come within this
        assertEquals(1, received.size(), "sent once");

        Received delivery = received.get(0);
        String id = delivery.header("webhook-id");
        long timestamp = Long.parseLong(delivery.header("webhook-timestamp"));
        assertTrue(Math.abs(System.currentTimeMillis() / 1000 - timestamp) < 60);
        assertEquals(
                WebhookSigner.sign(webhook.getString("secret"), id, timestamp, delivery.body()),
                delivery.header("webhook-signature"),
                "the signature verifies with the endpoint's secret");
        JsonNode body = JSON.readTree(delivery.body());
        assertEquals("campaign.closed", body.get("type").asText());
        assertEquals(campaign, body.get("data").get("campaignId").asLong());
        assertTrue(body.has("timestamp"));

        long endpoint = webhook.getLong("id");
        await(
                "the log says delivered",
                () -> "DELIVERED".equals(deliveries(endpoint).getString("items[0].status")));
        JsonPath log = deliveries(endpoint);
        assertEquals(id, log.getString("items[0].messageId"));
        assertEquals(1, log.getInt("items[0].attempts"));
        assertEquals(204, log.getInt("items[0].attemptLog[0].statusCode"));
        assertEquals(campaign, log.getLong("items[0].data.campaignId"));
    }

    @Test
    void aReceiverThatFailsThenRecoversGetsTheEventWithTheSameId() throws Exception {
        answers = List.of(503, 500, 204);
        long endpoint = register(List.of("campaign.closed")).getLong("id");
        closeCampaign();
        await("delivered after two failures", () -> received.size() == 3);
        assertEquals(
                1, received.stream().map(r -> r.header("webhook-id")).distinct().count(), "one webhook-id");
        await(
                "the log says delivered",
                () -> "DELIVERED".equals(deliveries(endpoint).getString("items[0].status")));
        JsonPath log = deliveries(endpoint);
        assertEquals(List.of(503, 500, 204), log.getList("items[0].attemptLog.statusCode", Integer.class));
        given().get("/api/v1/webhooks/" + endpoint)
                .then()
                .body("active", equalTo(true))
                .body("failingSince", equalTo(null));
    }

    @Test
    void anEndpointThatNeverSucceedsIsDisabledAndCanBeEnabledAgain() throws Exception {
        answers = List.of(500);
        long endpoint = register(List.of("campaign.closed")).getLong("id");
        closeCampaign();
        await(
                "disabled once its retries are exhausted",
                () -> !given().get("/api/v1/webhooks/" + endpoint).jsonPath().getBoolean("active"));
        JsonPath log = deliveries(endpoint);
        assertEquals("FAILED", log.getString("items[0].status"));
        assertEquals(4, log.getInt("items[0].attempts"), "the first try and three retries (the test's schedule)");
        int sent = received.size();
        assertEquals(4, sent);
        given().get("/api/v1/webhooks/" + endpoint).then().body("disabledReason", containsString("fail"));

        closeCampaign();
        Thread.sleep(1_500);
        assertEquals(1, deliveries(endpoint).getList("items").size(), "a disabled endpoint receives nothing");
        long delivery = log.getLong("items[0].id");
        given().header("Accept-Language", "fr")
                .post("/api/v1/webhooks/" + endpoint + "/deliveries/" + delivery + "/resend")
                .then()
                .statusCode(409)
                .body("detail", containsString("désactivé"));

        // enabled again and resent by hand: the receiver is well again
        answers = List.of(204);
        calls.set(0);
        long version = given().get("/api/v1/webhooks/" + endpoint).jsonPath().getLong("version");
        given().contentType("application/json")
                .body(Map.of(
                        "url", url(), "eventTypes", List.of("campaign.closed"), "active", true, "version", version))
                .put("/api/v1/webhooks/" + endpoint)
                .then()
                .statusCode(200)
                .body("active", equalTo(true))
                .body("disabledReason", equalTo(null));
        given().post("/api/v1/webhooks/" + endpoint + "/deliveries/" + delivery + "/resend")
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"));
        await("resent", () -> "DELIVERED".equals(deliveries(endpoint).getString("items[0].status")));
        assertEquals(sent + 1, received.size());
        assertEquals(received.get(0).header("webhook-id"), received.get(sent).header("webhook-id"), "the same message");
    }

    @Test
    void aBadEndpointIsRefusedBesideItsFieldAndNothingIsSaved() {
        long before = db.count("webhook_endpoint");
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("url", "ftp://example.org/x", "eventTypes", List.of("campaign.closed")),
                Map.of("url", "not a url", "eventTypes", List.of("campaign.closed")),
                Map.of("url", "https://user:pw@example.org/x", "eventTypes", List.of("campaign.closed")))) {
            given().contentType("application/json")
                    .header("Accept-Language", "ar")
                    .body(body)
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("url"));
        }
        given().contentType("application/json")
                .body(Map.of("url", "https://example.org/x", "eventTypes", List.of()))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("eventTypes"));
        given().contentType("application/json")
                .body(Map.of("url", "https://example.org/x", "eventTypes", List.of("learner.registered")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400);
        assertEquals(before, db.count("webhook_endpoint"));
    }

    @Test
    @TestSecurity(
            user = "service-account-partner",
            roles = {"api-client", "sync"})
    @OidcSecurity(
            claims = {@Claim(key = "azp", value = "partner-webhooks"), @Claim(key = "directorate", value = DIRECTORATE)
            })
    void aSystemSeesOnlyItsOwnEndpoints() {
        long mine = given().contentType("application/json")
                .body(Map.of("url", "https://partner.example.org/hook", "eventTypes", List.of("placement.ended")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .body("owner", equalTo("partner-webhooks"))
                .extract()
                .jsonPath()
                .getLong("id");
        db.update(
                "INSERT INTO webhook_endpoint (directorate_code, owner, url, event_types, secret, created_at, updated_at)"
                        + " VALUES (?, 'admin.webhooks', 'https://directorate.example.org/hook', 'placement.ended',"
                        + " 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', NOW(6), NOW(6))",
                DIRECTORATE);
        long others = Long.parseLong(db.string(
                "SELECT MAX(id) FROM webhook_endpoint WHERE directorate_code = ? AND owner = 'admin.webhooks'",
                DIRECTORATE));
        List<Long> listed = given().get("/api/v1/webhooks").jsonPath().getList("id", Long.class);
        assertTrue(listed.contains(mine));
        assertTrue(!listed.contains(others), "the admin's endpoint is not the system's");
        given().get("/api/v1/webhooks/" + others).then().statusCode(404);
        given().get("/api/v1/webhooks/" + others + "/deliveries").then().statusCode(404);
    }

    /** An event of the given age, fanned out, with a delivery of the given status (none when null): the event's id. */
    private long event(long endpoint, int daysAgo, String delivery) {
        db.update(
                "INSERT INTO webhook_event (type, directorate_code, data, occurred_at, fanned_out)"
                        + " VALUES ('campaign.closed', ?, '{\"campaignId\": 1}', NOW(6) - INTERVAL ? DAY, TRUE)",
                DIRECTORATE,
                daysAgo);
        long id = Long.parseLong(db.string("SELECT MAX(id) FROM webhook_event"));
        if (delivery != null) {
            db.update(
                    "INSERT INTO webhook_delivery (endpoint_id, event_id, status, attempts, next_attempt_at, created_at)"
                            + " VALUES (?, ?, ?, 1, IF(? = 'PENDING', NOW(6) + INTERVAL 1 DAY, NULL),"
                            + " NOW(6) - INTERVAL ? DAY)",
                    endpoint,
                    id,
                    delivery,
                    delivery,
                    daysAgo);
            db.update(
                    "INSERT INTO webhook_attempt (delivery_id, attempted_at, status_code, duration_ms, sent_by)"
                            + " SELECT MAX(id), NOW(6) - INTERVAL ? DAY, 204, 10, 'test' FROM webhook_delivery",
                    daysAgo);
        }
        return id;
    }

    private long count(String sql, long id) {
        return Long.parseLong(db.string(sql, id));
    }

    @Test
    void theLogForgetsWhatIsOverAfterThirtyDaysButNeverWhatStillWaits() {
        db.update(
                "INSERT INTO webhook_endpoint (directorate_code, owner, url, event_types, secret, created_at, updated_at)"
                        + " VALUES (?, 'admin.webhooks', 'https://old.example.org/hook', 'campaign.closed',"
                        + " 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', NOW(6), NOW(6))",
                DIRECTORATE);
        long endpoint = Long.parseLong(
                db.string("SELECT MAX(id) FROM webhook_endpoint WHERE directorate_code = ?", DIRECTORATE));
        long delivered = event(endpoint, 40, "DELIVERED");
        long failed = event(endpoint, 35, "FAILED");
        long waiting = event(endpoint, 40, "PENDING");
        long unsent = event(endpoint, 40, null);
        long recent = event(endpoint, 2, "DELIVERED");
        long deliveredOnce = count("SELECT id FROM webhook_delivery WHERE event_id = ?", delivered);

        assertTrue(dispatcher.purge() >= 4);

        String events = "SELECT COUNT(*) FROM webhook_event WHERE id = ?";
        String deliveries = "SELECT COUNT(*) FROM webhook_delivery WHERE event_id = ?";
        String attempts = "SELECT COUNT(*) FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id"
                + " WHERE d.event_id = ?";
        for (long gone : List.of(delivered, failed)) {
            assertEquals(0, count(events, gone));
            assertEquals(0, count(deliveries, gone));
        }
        assertEquals(0, count(events, unsent));
        assertEquals(1, count(events, waiting), "a delivery still pending keeps its event");
        assertEquals(1, count(deliveries, waiting));
        assertEquals(1, count(events, recent));
        assertEquals(1, count(attempts, recent));
        assertEquals(0, count("SELECT COUNT(*) FROM webhook_attempt WHERE delivery_id = ?", deliveredOnce));
    }
}
