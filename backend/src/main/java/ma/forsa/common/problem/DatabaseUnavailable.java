package ma.forsa.common.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a failure comes from the database being out of reach (stopped, restarting, network cut,
 * pool exhausted) rather than from a bug: those answer 503 with Retry-After, and the pool reconnects
 * by itself once the database is back.
 */
final class DatabaseUnavailable {

    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {}

    static boolean causes(Throwable error) {
        return find(error) != null;
    }

    /**
     * Whether the database went away while committing: the change may or may not be saved, so the
     * caller is told to check before sending it again (a blind retry of a creation could make two).
     */
    static boolean duringCommit(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.transaction.RollbackException
                    || (t.getMessage() != null && t.getMessage().contains("Could not commit transaction"))) {
                return true;
            }
        }
        return false;
    }

    static String reason(Throwable error) {
        Throwable cause = find(error);
        return cause == null
                ? ""
                : cause.getClass().getSimpleName()
                        + (cause.getMessage() == null
                                ? ""
                                : ": " + cause.getMessage().lines().findFirst().orElse(""));
    }

    private static Throwable find(Throwable error) {
        // the causes and what was suppressed along the way (a failed commit keeps the socket error there)
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(error);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(List.of(t.getSuppressed()));
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return t;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                String message =
                        sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
                // Agroal's words when a pooled connection died between its check and its enlistment
                // in the transaction (there is one datasource, so enlistment fails for no other reason)
                boolean deadAtEnlistment = message.contains("failed to enlist")
                        || message.contains("association of connection to existing transaction");
                if ((state != null && state.startsWith("08"))
                        || message.contains("acquisition timeout")
                        || message.contains("connection is closed")
                        || message.contains("socket")
                        || deadAtEnlistment) {
                    return t;
                }
            }
        }
        return null;
    }
}
