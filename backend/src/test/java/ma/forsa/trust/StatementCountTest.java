package ma.forsa.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import ma.forsa.testing.Db;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Every operation of {@code openapi.yaml} sends at most the SQL statements its row of {@code statement-bounds.txt}
 * allows (Hibernate's count of prepared statements: queries, loads, writes, the audit record), and a list sends
 * about as many for a page of 100 as for a page of 1: what a page shows comes in a fixed number of queries, never
 * one per row. A new operation needs a row; an operation that needs more statements than its row says fails, so N+1 cannot
 * come back unnoticed.
 */
@QuarkusTest
class StatementCountTest {

    /** The first of these the matrix lets in calls the operation (the widest view of the data). */
    private static final List<String> CALLERS = List.of("admin", "staff", "assoc", "academy", "client");

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Db db;

    @Test
    void everyOperationStaysWithinItsStatementsAndAPageDoesNotGrowWithItsSize() {
        Map<String, Operations.Operation> operations = Operations.fromContract();
        Map<String, Integer> bounds = readBounds();
        TreeSet<String> missing = new TreeSet<>(operations.keySet());
        missing.removeAll(bounds.keySet());
        TreeSet<String> stale = new TreeSet<>(bounds.keySet());
        stale.removeAll(operations.keySet());

        Map<String, Map<String, String>> matrix = RoleMatrixTest.readMatrix();
        World world = World.get();
        Statistics statistics = sessionFactory.getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "%test.quarkus.hibernate-orm.statistics=true is needed");
        Map<String, Long> measured = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, RoleMatrixTest.Case> entry : RoleMatrixTest.CASES.entrySet()) {
            String operationId = entry.getKey();
            String caller = CALLERS.stream()
                    .filter(c -> matrix.get(operationId).get(c).startsWith("2"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(operationId + ": no caller the matrix lets in"));
            Call call = entry.getValue().call().apply(world);
            world.token(caller);
            long statements = count(statistics, () -> world.as(caller, call), operationId);
            measured.put(operationId, statements);
            Integer bound = bounds.get(operationId);
            if (bound != null && statements > bound) {
                wrong.add(operationId + " sent " + statements + " statements, its bound is " + bound);
            }
            if (entry.getValue().listed() != null) {
                samePerPage(statistics, world, caller, operationId, call, wrong);
                samePerPage(
                        statistics,
                        world,
                        caller,
                        operationId,
                        new Call("GET", call.path(), Map.of(), null, null),
                        wrong);
            }
        }
        StringBuilder table = new StringBuilder();
        measured.forEach((op, n) -> table.append(String.format("%-32s %d%n", op, n)));
        System.out.println("STATEMENTS per operation:\n" + table);
        if (!missing.isEmpty()) {
            wrong.add("operations without a row in statement-bounds.txt: " + missing);
        }
        if (!stale.isEmpty()) {
            wrong.add("rows of statement-bounds.txt for operations that no longer exist: " + stale);
        }
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong) + "\nMeasured:\n" + table);
        }
    }

    /**
     * A page of 100 costs the statements of a page of 1, give or take the one query of a detail only some rows have
     * (checked when the list has at least four items, where one query per row would show).
     */
    private void samePerPage(
            Statistics statistics, World world, String caller, String operationId, Call call, List<String> wrong) {
        if (world.as(caller, call).statusCode() != 200) {
            return; // a list that needs its filter (answered 400 without it)
        }
        Response[] big = new Response[1];
        long one = count(statistics, () -> world.as(caller, call.withQueryValue("size", 1)), operationId);
        long hundred =
                count(statistics, () -> big[0] = world.as(caller, call.withQueryValue("size", 100)), operationId);
        int items = big[0].jsonPath().getList("items").size();
        // a detail only some rows need (waiting positions) is one more query for all of them, never one per row
        if (items >= 4 && hundred > one + 2) {
            wrong.add(operationId + " (" + call.query() + ") sent " + one + " statements for a page of 1 and " + hundred
                    + " for a page of " + items + ": something is read once per row");
        }
    }

    /** The statements of one call, with the work it started in the background (an import's dry run) finished. */
    private long count(Statistics statistics, java.util.function.Supplier<Response> send, String operationId) {
        settleImports();
        statistics.clear();
        Response response = send.get();
        assertEquals(
                2,
                response.statusCode() / 100,
                operationId + " answered " + response.statusCode() + " " + response.asString());
        settleImports();
        return statistics.getPrepareStatementCount();
    }

    /** Waits for imports through plain JDBC (not counted), so that their work is counted with the call that began it. */
    private void settleImports() {
        for (int i = 0; i < 400; i++) {
            if (db.longValue("SELECT COUNT(*) FROM import_job WHERE status IN ('VALIDATING', 'COMMITTING')") == 0) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("imports still running");
    }

    private static Map<String, Integer> readBounds() {
        Map<String, Integer> bounds = new LinkedHashMap<>();
        try (InputStream in = StatementCountTest.class.getResourceAsStream("statement-bounds.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] cells = trimmed.split("\\s+");
                assertEquals(2, cells.length, "statement-bounds.txt: operation and bound: " + line);
                if (bounds.put(cells[0], Integer.parseInt(cells[1])) != null) {
                    fail("statement-bounds.txt has two rows for " + cells[0]);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bounds;
    }
}
