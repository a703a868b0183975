package ma.forsa.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * Numbers the changes of the feed once they are committed. Triggers write a changed record's row of
 * {@code sync_change} with no number, in the writer's transaction; this numbers the committed ones, one numbering at
 * a time across every instance (the lock of {@code sync_sequence}'s row). A change committed late is numbered late,
 * so a reader that has read up to n never finds a change numbered below n afterwards: numbers are given in the
 * order changes become visible, not in the order they were made (timestamps and auto-increment ids are neither).
 * Rows a writer still holds are skipped (SKIP LOCKED), so numbering never waits for a writer, and a writer waits
 * for a numbering only as long as its short transaction.
 */
@ApplicationScoped
public class ChangeSequencer {

    /** Rows numbered by one transaction. */
    static final int BATCH = 5_000;

    @Inject
    EntityManager em;

    /** Numbers at most one batch of committed changes; answers how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int numberCommitted() {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            long last;
            try (Statement lock = connection.createStatement();
                    ResultSet row = lock.executeQuery("SELECT last FROM sync_sequence WHERE id = 1 FOR UPDATE")) {
                row.next();
                last = row.getLong(1);
            }
            // entity → ids: the rows committed and not numbered, locked here; a row a writer holds is left for later
            Map<String, List<Long>> pending = new TreeMap<>();
            int count = 0;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT entity, entity_id FROM sync_change WHERE sequence IS NULL LIMIT ? FOR UPDATE SKIP LOCKED")) {
                select.setInt(1, BATCH);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        pending.computeIfAbsent(rows.getString(1), e -> new ArrayList<>())
                                .add(rows.getLong(2));
                        count++;
                    }
                }
            }
            if (count == 0) {
                return 0;
            }
            // each row by its whole primary key: a statement that scanned a range would wait on the rows a writer
            // holds beside them (a fresh uncommitted insert has no committed version to skip past)
            long next = last;
            try (PreparedStatement number = connection.prepareStatement(
                    "UPDATE sync_change SET sequence = ? WHERE entity = ? AND entity_id = ?")) {
                for (Map.Entry<String, List<Long>> kind : pending.entrySet()) {
                    for (long id : kind.getValue().stream().sorted().toList()) {
                        number.setLong(1, ++next);
                        number.setString(2, kind.getKey());
                        number.setLong(3, id);
                        number.addBatch();
                    }
                }
                number.executeBatch();
            }
            try (PreparedStatement keep =
                    connection.prepareStatement("UPDATE sync_sequence SET last = ? WHERE id = 1")) {
                keep.setLong(1, next);
                keep.executeUpdate();
            }
            return count;
        });
    }

    /** Numbers what is committed, a few batches at most; what is left is numbered by the next call. */
    public void catchUp(int batches) {
        for (int i = 0; i < batches && numberCommitted() == BATCH; i++) {
            // another batch
        }
    }
}
