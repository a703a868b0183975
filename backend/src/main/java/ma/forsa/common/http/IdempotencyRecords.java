package ma.forsa.common.http;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import ma.forsa.common.privacy.PersonErased;

/** The idempotency records in the database: claimed, kept, released, and forgotten on erasure. */
@ApplicationScoped
public class IdempotencyRecords {

    /** What a claim found: the first request's fingerprint and state, and its answer once kept. */
    record First(String fingerprint, String state, Integer status, String type, String location, byte[] body) {}

    @Inject
    EntityManager em;

    /**
     * Claims the key for this request in its own transaction: null when it is ours to run, else what the first
     * request with this key left. Day-old records go (a hundred at a time); one abandoned RUNNING is replaced.
     */
    First claim(String caller, String key, String fingerprint) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            em.createNativeQuery("DELETE FROM idempotency_record WHERE created_at < ?1 LIMIT 100")
                    .setParameter(1, Timestamp.from(now.minus(Idempotency.KEPT)))
                    .executeUpdate();
            em.createNativeQuery("DELETE FROM idempotency_record WHERE caller = ?1 AND idem_key = ?2"
                            + " AND state = 'RUNNING' AND created_at < ?3")
                    .setParameter(1, caller)
                    .setParameter(2, key)
                    .setParameter(3, Timestamp.from(now.minus(Idempotency.ABANDONED)))
                    .executeUpdate();
            int inserted = em.createNativeQuery("INSERT IGNORE INTO idempotency_record (caller, idem_key,"
                            + " fingerprint, state, created_at) VALUES (?1, ?2, ?3, 'RUNNING', ?4)")
                    .setParameter(1, caller)
                    .setParameter(2, key)
                    .setParameter(3, fingerprint)
                    .setParameter(4, Timestamp.from(now))
                    .executeUpdate();
            if (inserted == 1) {
                return null;
            }
            List<?> rows = em.createNativeQuery("SELECT fingerprint, state, status, content_type, location, body"
                            + " FROM idempotency_record WHERE caller = ?1 AND idem_key = ?2")
                    .setParameter(1, caller)
                    .setParameter(2, key)
                    .getResultList();
            if (rows.isEmpty()) {
                return new First(fingerprint, "RUNNING", null, null, null, null);
            }
            Object[] row = (Object[]) rows.get(0);
            return new First(
                    (String) row[0],
                    (String) row[1],
                    row[2] == null ? null : ((Number) row[2]).intValue(),
                    (String) row[3],
                    (String) row[4],
                    (byte[]) row[5]);
        });
    }

    void keep(String caller, String key, int status, String type, String location, byte[] body) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE idempotency_record SET state = 'DONE', status = ?1,"
                                + " content_type = ?2, location = ?3, body = ?4, completed_at = ?5"
                                + " WHERE caller = ?6 AND idem_key = ?7")
                        .setParameter(1, status)
                        .setParameter(2, type)
                        .setParameter(3, location)
                        .setParameter(4, body)
                        .setParameter(5, Timestamp.from(Instant.now()))
                        .setParameter(6, caller)
                        .setParameter(7, key)
                        .executeUpdate());
    }

    void release(String caller, String key) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("DELETE FROM idempotency_record WHERE caller = ?1 AND idem_key = ?2")
                        .setParameter(1, caller)
                        .setParameter(2, key)
                        .executeUpdate());
    }

    /**
     * A kept answer that names an erased person is forgotten, in the erasing transaction; the key stays taken, so
     * sending the request again cannot record the person anew (it answers 409).
     */
    void forget(@Observes PersonErased erased) {
        List<String> names = erased.identifying().stream()
                .filter(n -> n != null && n.strip().length() > 1)
                .map(String::strip)
                .toList();
        if (names.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("UPDATE idempotency_record SET state = 'ERASED', status = NULL,"
                + " body = NULL, location = NULL WHERE state = 'DONE'");
        for (int i = 0; i < names.size(); i++) {
            sql.append(" AND INSTR(body, ?").append(i + 1).append(") > 0");
        }
        var update = em.createNativeQuery(sql.toString());
        for (int i = 0; i < names.size(); i++) {
            update.setParameter(i + 1, names.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        update.executeUpdate();
    }
}
