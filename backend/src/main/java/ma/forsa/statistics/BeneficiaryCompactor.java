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
 * one compaction at a time across every instance (the lock of {@code beneficiary_compaction}'s row). A delta and its
 * cell's new count change in the same commit, so a read (cells plus deltas, one statement) is exact before, during
 * and after; compaction only keeps the deltas few. Deltas a writer still holds are skipped (SKIP LOCKED): an import
 * that has not committed is never waited for.
 */
@ApplicationScoped
public class BeneficiaryCompactor {

    private static final Logger LOG = Logger.getLogger(BeneficiaryCompactor.class);
    static final int BATCH = 5_000;
    static final String KEYS =
            "school_year_id, directorate_code, association_id, centre_id, programme, status, outcome, age, sex, nationality";

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
            while (compact() == BATCH) {
                // more deltas
            }
            warned = false;
        } catch (RuntimeException e) {
            if (!warned) {
                LOG.warnf("Statistics' compaction waits for the next round: %s", e.toString());
                warned = true;
            }
        }
    }

    /** Moves at most one batch of committed deltas into the cells; answers how many deltas it moved. */
    public int compact() {
        return Jdbc.inTransaction(dataSource, connection -> {
            try (Statement lock = connection.createStatement()) {
                lock.executeQuery("SELECT compacted FROM beneficiary_compaction WHERE id = 1 FOR UPDATE")
                        .close();
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM beneficiary_delta ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
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
                move.executeUpdate("INSERT INTO beneficiary_cell (" + KEYS + ", learners) SELECT " + KEYS
                        + ", SUM(learners) FROM beneficiary_delta WHERE id IN " + these + " GROUP BY " + KEYS
                        + " ON DUPLICATE KEY UPDATE learners = beneficiary_cell.learners + VALUES(learners)");
                // a cell nobody is in any more is forgotten
                move.executeUpdate("DELETE c FROM beneficiary_cell c JOIN (SELECT DISTINCT " + KEYS
                        + " FROM beneficiary_delta WHERE id IN " + these + ") d USING (" + KEYS
                        + ") WHERE c.learners = 0");
                move.executeUpdate("DELETE FROM beneficiary_delta WHERE id IN " + these);
                move.executeUpdate(
                        "UPDATE beneficiary_compaction SET compacted = compacted + " + ids.size() + " WHERE id = 1");
            }
            return ids.size();
        });
    }
}
