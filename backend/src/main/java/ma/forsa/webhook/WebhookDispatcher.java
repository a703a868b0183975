package ma.forsa.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import ma.forsa.common.persistence.Jdbc;
import ma.forsa.common.persistence.UnixTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the outbox's events. Every tick it fans new events out to the active endpoints subscribed to them, then claims
 * the attempts that are due ({@code FOR UPDATE SKIP LOCKED}, and a lease written before the claim commits), so that
 * with several instances each attempt is sent by one of them; it sends them in parallel and records each answer. A
 * failed delivery is retried after {@code forsa.webhooks.retry-delays} (each ±20 %, so that a recovering receiver is
 * not hit by every retry at once) — about a day by default — then given up; an endpoint that failed all that time
 * without a single success is disabled, and its waiting deliveries with it.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    static final int BATCH = 20;
    private static final String INSTANCE = instanceName();

    @ConfigProperty(name = "forsa.webhooks.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "forsa.webhooks.poll-interval", defaultValue = "1S")
    Duration pollInterval;

    @ConfigProperty(name = "forsa.webhooks.retry-delays", defaultValue = "5S,5M,30M,2H,5H,10H,10H")
    List<Duration> retryDelays;

    @ConfigProperty(name = "forsa.webhooks.timeout", defaultValue = "10S")
    Duration timeout;

    @ConfigProperty(name = "forsa.webhooks.disable-after", defaultValue = "24H")
    Duration disableAfter;

    /** How long the delivery log keeps a delivered or failed delivery, its attempts and its event. */
    @ConfigProperty(name = "forsa.webhooks.keep", defaultValue = "30D")
    Duration keep;

    @ConfigProperty(name = "forsa.webhooks.purge-every", defaultValue = "1H")
    Duration purgeEvery;

    private volatile long lastPurge = System.nanoTime();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "webhook-dispatcher");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService senders = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "webhook-sender");
        t.setDaemon(true);
        return t;
    });
    private HttpClient http;
    private volatile boolean warned;

    void onStart(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        long every = pollInterval.toMillis();
        ticker.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent stop) {
        ticker.shutdownNow();
        senders.shutdownNow();
    }

    /** One round: new events fanned out, then every due attempt sent. Failures (a database away) wait for the next. */
    void tick() {
        try {
            while (fanOut() == BATCH * 10) {
                // more new events
            }
            while (sendDue() == BATCH) {
                // more due attempts
            }
            if (System.nanoTime() - lastPurge > purgeEvery.toNanos()) {
                purge();
                lastPurge = System.nanoTime();
            }
            warned = false;
        } catch (RuntimeException e) {
            if (!warned) {
                LOG.warnf("Webhooks wait for the next round: %s", e.toString());
                warned = true;
            }
        }
    }

    /** Deliveries for the new events, to the active endpoints of their directorate subscribed to their type. */
    int fanOut() {
        return inTransaction(connection -> {
            List<Object[]> events = rows(
                    connection,
                    "SELECT id, type, directorate_code FROM webhook_event WHERE fanned_out = FALSE ORDER BY id LIMIT "
                            + BATCH * 10 + " FOR UPDATE SKIP LOCKED");
            if (events.isEmpty()) {
                return 0;
            }
            String directorates = events.stream()
                    .map(e -> (String) e[2])
                    .distinct()
                    .map(code -> "'" + code.replace("'", "''") + "'")
                    .collect(java.util.stream.Collectors.joining(","));
            List<Object[]> endpoints = rows(
                    connection,
                    "SELECT id, directorate_code, event_types FROM webhook_endpoint WHERE active = TRUE"
                            + " AND directorate_code IN (" + directorates + ")");
            List<Long> ids = new ArrayList<>();
            StringBuilder values = new StringBuilder();
            for (Object[] event : events) {
                long eventId = ((Number) event[0]).longValue();
                ids.add(eventId);
                for (Object[] endpoint : endpoints) {
                    boolean subscribed =
                            List.of(((String) endpoint[2]).split(",")).contains((String) event[1]);
                    if (endpoint[1].equals(event[2]) && subscribed) {
                        values.append(values.length() == 0 ? "" : ",")
                                .append("(")
                                .append(((Number) endpoint[0]).longValue())
                                .append(",")
                                .append(eventId)
                                .append(",'PENDING',0,NOW(6),NOW(6))");
                    }
                }
            }
            try (Statement write = connection.createStatement()) {
                if (values.length() > 0) {
                    write.executeUpdate("INSERT INTO webhook_delivery (endpoint_id, event_id, status, attempts,"
                            + " next_attempt_at, created_at) VALUES " + values);
                }
                write.executeUpdate("UPDATE webhook_event SET fanned_out = TRUE WHERE id IN (" + joined(ids) + ")");
            }
            return events.size();
        });
    }

    /**
     * Forgets what is older than {@code keep}: deliveries that are over (delivered or failed) with their attempts, then
     * the events no delivery waits for. A delivery still pending is kept whatever its age, and so is its event.
     * Answers how many deliveries and events went.
     */
    int purge() {
        long seconds = keep.toSeconds();
        int gone = 0;
        int removed;
        do {
            removed = inTransaction(connection -> update(
                    connection,
                    "DELETE FROM webhook_delivery WHERE status IN ('DELIVERED', 'FAILED')"
                            + " AND created_at < NOW(6) - INTERVAL ? SECOND ORDER BY id LIMIT 1000",
                    seconds));
            gone += removed;
        } while (removed == 1000);
        gone += inTransaction(connection -> update(
                connection,
                "DELETE e FROM webhook_event e LEFT JOIN webhook_delivery d ON d.event_id = e.id"
                        + " WHERE e.fanned_out = TRUE AND e.occurred_at < NOW(6) - INTERVAL ? SECOND AND d.id IS NULL",
                seconds));
        return gone;
    }

    /** What one attempt sends. */
    record Attempt(
            long deliveryId,
            int number,
            long endpointId,
            String url,
            String secret,
            String type,
            String data,
            Instant at) {}

    /** Claims the due attempts (each by one instance), sends them in parallel and records the answers. */
    int sendDue() {
        List<Attempt> claimed = claim();
        List<Future<?>> sent = new ArrayList<>();
        for (Attempt attempt : claimed) {
            sent.add(senders.submit(() -> send(attempt)));
        }
        for (Future<?> future : sent) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warnf(
                        "A webhook attempt failed to be recorded: %s",
                        e.getCause().toString());
            }
        }
        return claimed.size();
    }

    private List<Attempt> claim() {
        return inTransaction(connection -> {
            List<Long> ids = rows(
                            connection,
                            "SELECT id FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= NOW(6)"
                                    + " ORDER BY next_attempt_at LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                    .stream()
                    .map(r -> ((Number) r[0]).longValue())
                    .toList();
            if (ids.isEmpty()) {
                return List.<Attempt>of();
            }
            // the lease: should this instance die while sending, another one tries again once it is over
            long lease = timeout.toMillis() * 3 / 1000 + 5;
            try (Statement write = connection.createStatement()) {
                write.executeUpdate("UPDATE webhook_delivery SET attempts = attempts + 1, last_attempt_at = NOW(6),"
                        + " next_attempt_at = NOW(6) + INTERVAL " + lease + " SECOND WHERE id IN (" + joined(ids)
                        + ")");
            }
            List<Attempt> attempts = new ArrayList<>();
            for (Object[] r : rows(
                    connection,
                    "SELECT d.id, d.attempts, e.id, e.url, e.secret, ev.type, ev.data, UNIX_TIMESTAMP(ev.occurred_at)"
                            + " FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id"
                            + " JOIN webhook_event ev ON ev.id = d.event_id WHERE d.id IN (" + joined(ids) + ")")) {
                attempts.add(new Attempt(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).intValue(),
                        ((Number) r[2]).longValue(),
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        UnixTime.of(r[7])));
            }
            return attempts;
        });
    }

    /** The body of a delivery: Standard Webhooks' type, timestamp and data. */
    String body(String type, Instant at, String data) {
        try {
            ObjectNode body = json.createObjectNode();
            body.put("type", type);
            body.put("timestamp", at.toString());
            body.set("data", json.readTree(data));
            return json.writeValueAsString(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("an event's data is not JSON", e);
        }
    }

    private void send(Attempt attempt) {
        String body = body(attempt.type(), attempt.at(), attempt.data());
        String messageId = "msg_" + attempt.deliveryId();
        long timestamp = Instant.now().getEpochSecond();
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            HttpResponse<Void> answer = http.send(
                    HttpRequest.newBuilder(URI.create(attempt.url()))
                            .timeout(timeout)
                            .header("Content-Type", "application/json")
                            .header("User-Agent", "Forsa-Webhooks/1")
                            .header("webhook-id", messageId)
                            .header("webhook-timestamp", Long.toString(timestamp))
                            .header(
                                    "webhook-signature",
                                    WebhookSigner.sign(attempt.secret(), messageId, timestamp, body))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            status = answer.statusCode();
            if (status / 100 != 2) {
                error = "HTTP " + status;
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        int millis = (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        record(attempt, status, error == null ? null : abbreviate(error), millis);
    }

    private void record(Attempt attempt, Integer status, String error, int millis) {
        inTransaction(connection -> {
            update(
                    connection,
                    "INSERT INTO webhook_attempt (delivery_id, attempted_at, status_code, error, duration_ms, sent_by)"
                            + " VALUES (?, NOW(6), ?, ?, ?, ?)",
                    attempt.deliveryId(),
                    status,
                    error,
                    millis,
                    INSTANCE);
            if (error == null) {
                update(
                        connection,
                        "UPDATE webhook_delivery SET status = 'DELIVERED', delivered_at = NOW(6), next_attempt_at = NULL,"
                                + " last_status_code = ?, last_error = NULL WHERE id = ?",
                        status,
                        attempt.deliveryId());
                update(
                        connection,
                        "UPDATE webhook_endpoint SET failing_since = NULL WHERE id = ? AND failing_since IS NOT NULL",
                        attempt.endpointId());
                return null;
            }
            update(
                    connection,
                    "UPDATE webhook_endpoint SET failing_since = NOW(6) WHERE id = ? AND failing_since IS NULL",
                    attempt.endpointId());
            if (attempt.number() <= retryDelays.size()) {
                long delay = Math.round(retryDelays.get(attempt.number() - 1).toMillis()
                        * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble()));
                update(
                        connection,
                        "UPDATE webhook_delivery SET last_status_code = ?, last_error = ?,"
                                + " next_attempt_at = NOW(6) + INTERVAL ? MICROSECOND WHERE id = ?",
                        status,
                        error,
                        delay * 1000,
                        attempt.deliveryId());
                return null;
            }
            update(
                    connection,
                    "UPDATE webhook_delivery SET status = 'FAILED', next_attempt_at = NULL, last_status_code = ?,"
                            + " last_error = ? WHERE id = ?",
                    status,
                    error,
                    attempt.deliveryId());
            disableIfFailingSince(connection, attempt.endpointId());
            return null;
        });
    }

    /** An endpoint that has answered nothing but failures for disable-after is disabled, with its waiting deliveries. */
    private void disableIfFailingSince(Connection connection, long endpointId) throws SQLException {
        int disabled = update(
                connection,
                "UPDATE webhook_endpoint SET active = FALSE, disabled_reason = ?, version = version + 1 WHERE id = ?"
                        + " AND active = TRUE AND failing_since IS NOT NULL"
                        + " AND failing_since <= NOW(6) - INTERVAL ? SECOND",
                "every delivery failed since its failures began; retries were exhausted",
                endpointId,
                disableAfter.toSeconds());
        if (disabled > 0) {
            update(
                    connection,
                    "UPDATE webhook_delivery SET status = 'FAILED', next_attempt_at = NULL,"
                            + " last_error = 'endpoint disabled' WHERE endpoint_id = ? AND status = 'PENDING'",
                    endpointId);
            LOG.warnf("Webhook endpoint %d disabled after persistent failure", endpointId);
        }
    }

    /** Work on one connection of the pool in its own transaction, outside Hibernate (it is the background's). */
    private <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work);
    }

    private static List<Object[]> rows(Connection connection, String sql) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement read = connection.createStatement();
                ResultSet result = read.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getObject(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                write.setObject(i + 1, parameters[i]);
            }
            return write.executeUpdate();
        }
    }

    private static String joined(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    private static String instanceName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "unknown";
        }
        String name = host + "/" + ProcessHandle.current().pid();
        return name.length() <= 100 ? name : name.substring(0, 100);
    }
}
