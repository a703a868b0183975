package ma.forsa.statistics;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import ma.forsa.common.persistence.Jdbc;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Moves the committed deltas of {@code beneficiary_delta} into {@code beneficiary_cell}, a batch per transaction,
 * one compaction at a time across every instance (the lock of {@code statistics_compaction}'s row). A delta and its
 * cell's new count change in the same commit, so a read (cells plus deltas, one statement) is exact before, during
 * and after; compaction only keeps the deltas few. Deltas a writer still holds are skipped (SKIP LOCKED): an import
 * that has not committed is never waited for.
 */
@ApplicationScoped
public class StatisticsCompactor {

    private static final Logger LOG = Logger.getLogger(StatisticsCompactor.class);
    static final int BATCH = 5_000;

    /**
     * A statistic's aggregates: deltas of its cells' key columns and counted columns (the count first, then what adds
     * up beside it), folded into its cells.
     */
    record Aggregates(String delta, String cell, String keys, List<String> counted) {}

    static final List<Aggregates> ALL = List.of(
            new Aggregates(
                    "beneficiary_delta",
                    "beneficiary_cell",
                    "school_year_id, directorate_code, association_id, centre_id, programme, status, outcome, age, sex,"
                            + " nationality",
                    List.of("learners", "record_keys")),
            new Aggregates(
                    "funnel_delta",
                    "funnel_cell",
                    "school_year_id, directorate_code, campaign_id, caravan_id, sex, status, contacted, referred, days,"
                            + " association_id, centre_id, programme, age",
                    List.of("cases", "record_keys")),
            new Aggregates(
                    "waiting_delta",
                    "waiting_cell",
                    "school_year_id, centre_id",
                    List.of("placements", "record_keys")));

    @ConfigProperty(name = "forsa.statistics.compact-every", defaultValue = "1S")
    Duration every;

    @Inject
    AgroalDataSource dataSource;

    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "statistics-compactor");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean warned;

    void onStart(@Observes StartupEvent start) {
        long millis = every.toMillis();
        ticker.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent stop) {
        ticker.shutdownNow();
    }

    void tick() {
        try {
            for (Aggregates aggregates : ALL) {
                while (compact(aggregates) == BATCH) {
                    // more deltas
                }
            }
            warned = false;
        } catch (RuntimeException e) {
            if (!warned) {
                LOG.warnf("Statistics' compaction waits for the next round: %s", e.toString());
                warned = true;
            }
        }
    }

    /** Moves every committed delta into the cells; answers how many it moved. */
    public int compact() {
        int moved = 0;
        for (Aggregates aggregates : ALL) {
            int batch;
            do {
                batch = compact(aggregates);
                moved += batch;
            } while (batch == BATCH);
        }
        return moved;
    }

    /** Moves at most one batch of committed deltas into the cells; answers how many deltas it moved. */
    int compact(Aggregates a) {
        String keys = a.keys();
        return Jdbc.inTransaction(dataSource, connection -> {
            try (Statement lock = connection.createStatement()) {
                lock.executeQuery("SELECT compacted FROM statistics_compaction WHERE id = 1 FOR UPDATE")
                        .close();
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM " + a.delta() + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
                select.setInt(1, BATCH);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return 0;
            }
            // ids the database gave, never input: written into the statement as they are
            String these = ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
            try (Statement move = connection.createStatement()) {
                move.executeUpdate("INSERT INTO " + a.cell() + " (" + keys + ", " + String.join(", ", a.counted())
                        + ") SELECT " + keys
                        + a.counted().stream().map(c -> ", SUM(" + c + ")").collect(Collectors.joining())
                        + " FROM " + a.delta() + " WHERE id IN " + these + " GROUP BY " + keys
                        + " ON DUPLICATE KEY UPDATE "
                        + a.counted().stream()
                                .map(c -> c + " = " + a.cell() + "." + c + " + VALUES(" + c + ")")
                                .collect(Collectors.joining(", ")));
                // a cell nobody is in any more is forgotten
                move.executeUpdate("DELETE c FROM " + a.cell() + " c JOIN (SELECT DISTINCT " + keys + " FROM "
                        + a.delta() + " WHERE id IN " + these + ") d USING (" + keys + ") WHERE c."
                        + a.counted().get(0)
                        + " = 0");
                move.executeUpdate("DELETE FROM " + a.delta() + " WHERE id IN " + these);
                move.executeUpdate(
                        "UPDATE statistics_compaction SET compacted = compacted + " + ids.size() + " WHERE id = 1");
            }
            return ids.size();
        });
    }
}
