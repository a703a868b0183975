package ma.forsa.trust;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import ma.forsa.testing.Db;
import org.junit.jupiter.api.Test;

/**
 * Malformed requests to every operation that takes parameters or a body: wrong types, missing
 * fields, over-long strings, huge and negative numbers, impossible dates, unknown enum values, SQL and
 * script payloads, invalid UTF-8, bodies over 1 MB, deep nesting, wrong content types. None may
 * answer 5xx, every refusal is problem+json, and no table changes (checksums before and after).
 *
 * <p>The seed is printed; replay a run with {@code -Dforsa.fuzz.seed=N}.
 */
@QuarkusTest
class FuzzTest {

    static final int MINIMUM_REQUESTS = 5000;
    static final int PER_OPERATION = 100;

    @Inject
    Db db;

    @Test
    void malformedRequestsAreRefusedCleanlyAndChangeNothing() {
        long seed = Long.getLong("forsa.fuzz.seed", new SecureRandom().nextLong());
        System.out.println("FUZZ seed " + seed + " (replay: mvn test -Dtest=FuzzTest -Dforsa.fuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        World world = World.get();
        Map<String, Operations.Operation> operations = Operations.fromContract();

        // The valid request each operation's variants start from; making them may write (fixtures).
        Map<String, Call> bases = new LinkedHashMap<>();
        for (Map.Entry<String, RoleMatrixTest.Case> entry : RoleMatrixTest.CASES.entrySet()) {
            Operations.Operation operation = operations.get(entry.getKey());
            if (operation != null && takesInput(operation)) {
                bases.put(entry.getKey(), entry.getValue().call().apply(world));
            }
        }
        world.settleImports();

        List<String> tables = tables();
        Map<String, Map<String, String>> rowsBefore = rows(tables);
        Map<String, Long> before = checksums(tables);
        long lastAudit = db.longValue("SELECT COALESCE(MAX(id), 0) FROM audit_event");
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int sent = 0;
        int fiveHundreds = 0;
        for (Map.Entry<String, Call> entry : bases.entrySet()) {
            Operations.Operation operation = operations.get(entry.getKey());
            String caller = callerFor(operation);
            boolean write = !"GET".equals(operation.method());
            for (Mutations.Variant variant : Mutations.of(operation, entry.getValue(), random, PER_OPERATION)) {
                Response response = world.as(caller, variant.call());
                sent++;
                int status = response.statusCode();
                statuses.merge(status, 1, Integer::sum);
                String problem = check(response, write);
                if (status >= 500) {
                    fiveHundreds++;
                }
                if (problem != null && failures.size() < 40) {
                    failures.add(variant.what() + " as " + caller + " → " + status + ": " + problem);
                }
            }
            Map<String, Long> after = checksums(tables);
            if (!after.equals(before)) {
                List<String> changed = new ArrayList<>();
                after.forEach((table, sum) -> {
                    if (!sum.equals(before.get(table))) {
                        changed.add(table);
                    }
                });
                failures.add(entry.getKey() + ": refused requests changed tables " + changed
                        + changedRows(changed, rowsBefore));
                rowsBefore.putAll(rows(changed));
                before.clear();
                before.putAll(after);
            }
        }
        long writesAudited =
                db.longValue("SELECT COUNT(*) FROM audit_event WHERE id > " + lastAudit + " AND action <> 'READ'");
        if (writesAudited > 0) {
            failures.add(writesAudited + " audit events of changes during the fuzzing: something was written");
        }
        System.out.println("FUZZ sent " + sent + " requests to " + bases.size() + " operations, statuses " + statuses
                + ", 5xx " + fiveHundreds + ", seed " + seed);
        assertTrue(sent >= MINIMUM_REQUESTS, "only " + sent + " requests");
        if (!failures.isEmpty()) {
            fail("seed " + seed + ": " + failures.size() + " failures\n  " + String.join("\n  ", failures));
        }
    }

    /** null when the answer is acceptable, else what is wrong with it. */
    private static String check(Response response, boolean write) {
        int status = response.statusCode();
        if (status >= 500) {
            return "a server error " + response.asString();
        }
        if (status == 401) {
            return "the caller's token was refused, so nothing else was tested";
        }
        if (write && status < 400) {
            return "a malformed write was accepted: " + response.asString();
        }
        if (status >= 400) {
            String type =
                    response.contentType() == null ? "" : response.contentType().replaceAll(";.*", "");
            if (!"application/problem+json".equals(type)) {
                return "not problem+json but '" + type + "': " + response.asString();
            }
            JsonNode body;
            try {
                body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.asByteArray());
            } catch (java.io.IOException e) {
                return "a problem body that is not JSON";
            }
            if (body.path("status").asInt() != status
                    || body.path("title").asText().isEmpty()) {
                return "a problem without its status or title: " + body;
            }
            String text = body.toString();
            if (text.contains("Exception") || text.contains("java.") || text.contains("SQL")) {
                return "a problem that shows the inside of the server: " + text;
            }
        }
        return null;
    }

    private static boolean takesInput(Operations.Operation operation) {
        return operation.node().path("parameters").size() > 0
                || operation.node().has("requestBody");
    }

    /** A caller allowed to call it, so the input is what is refused and not the caller. */
    private static String callerFor(Operations.Operation operation) {
        JsonNode roles = operation.node().path("security").path(0).path("bearer");
        for (JsonNode role : roles) {
            if ("directorate-admin".equals(role.asText())) {
                return "admin";
            }
        }
        for (JsonNode role : roles) {
            if ("association-staff".equals(role.asText())) {
                return "assoc";
            }
        }
        return "admin";
    }

    /** Which rows changed (by primary key and a hash of every column), to find the culprit. */
    private String changedRows(List<String> changed, Map<String, Map<String, String>> before) {
        StringBuilder out = new StringBuilder();
        Map<String, Map<String, String>> now = rows(changed);
        for (String table : changed) {
            Map<String, String> was = before.getOrDefault(table, Map.of());
            Map<String, String> is = now.get(table);
            List<String> diff = new ArrayList<>();
            is.forEach((key, hash) -> {
                if (!hash.equals(was.get(key))) {
                    diff.add((was.containsKey(key) ? "changed " : "added ") + key + " = "
                            + db.string(
                                    "SELECT CONCAT_WS('|', " + columns(table) + ") FROM " + table + " WHERE "
                                            + keyOf(table) + " = ?",
                                    key));
                }
            });
            was.keySet().stream().filter(key -> !is.containsKey(key)).forEach(key -> diff.add("removed " + key));
            out.append("\n    ")
                    .append(table)
                    .append(": ")
                    .append(diff.stream().limit(5).toList());
        }
        return out.toString();
    }

    private Map<String, Map<String, String>> rows(List<String> tables) {
        Map<String, Map<String, String>> all = new TreeMap<>();
        for (String table : tables) {
            String key = keyOf(table);
            all.put(
                    table,
                    db.pairs("SELECT CONCAT(" + key + "), MD5(CONCAT_WS('|', " + columns(table) + ")) FROM " + table));
        }
        return all;
    }

    private String columns(String table) {
        return db.string(
                "SELECT GROUP_CONCAT(CONCAT('COALESCE(`', column_name, '`, ''∅'')') ORDER BY ordinal_position)"
                        + " FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ?",
                table);
    }

    /** The primary key as one expression (CONCAT_WS of its columns). */
    private String keyOf(String table) {
        return "CONCAT_WS('/', "
                + db.string(
                        "SELECT GROUP_CONCAT(CONCAT('`', column_name, '`') ORDER BY ordinal_position)"
                                + " FROM information_schema.key_column_usage WHERE table_schema = DATABASE() AND table_name = ?"
                                + " AND constraint_name = 'PRIMARY'",
                        table)
                + ")";
    }

    private List<String> tables() {
        List<String> tables = new ArrayList<>();
        String list = db.string("SELECT GROUP_CONCAT(table_name ORDER BY table_name) FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND table_name <> 'audit_event'"
                // background work writes these: the webhook dispatcher (the outbox, deliveries, attempts, and
                // an endpoint's failures), a malformed webhook is still caught by its answer; the statistics'
                // compactor (deltas into cells), which follow the placements and members checked here
                + " AND table_name NOT IN ('webhook_event', 'webhook_delivery', 'webhook_attempt',"
                + " 'webhook_endpoint', 'beneficiary_delta', 'beneficiary_cell', 'funnel_delta', 'funnel_cell',"
                + " 'waiting_delta', 'waiting_cell', 'statistics_compaction')");
        for (String table : list.split(",")) {
            tables.add(table);
        }
        return tables;
    }

    private Map<String, Long> checksums(List<String> tables) {
        Map<String, Long> sums = new TreeMap<>();
        for (String table : tables) {
            sums.put(table, db.checksum(table));
        }
        return sums;
    }
}
