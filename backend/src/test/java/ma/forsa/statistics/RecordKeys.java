package ma.forsa.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;

/**
 * The record keys worked out again in Java, to check what the triggers add up in SQL
 * (V25__statistics_record_keys.sql): the first 20 bits of SHA-256(secret ":" kind ":" id), kind L for a learner and
 * C for an identified child, the secret read once from the database.
 */
@ApplicationScoped
class RecordKeys {

    @Inject
    EntityManager em;

    private volatile String secret;

    /** These learners' tally: how many, and their keys. */
    Tally ofLearners(Collection<Long> learnerIds) {
        return of("L", learnerIds);
    }

    /** The tally of these learners ("L") or identified children ("C"). */
    Tally of(String kind, Collection<Long> ids) {
        long keys = 0;
        for (long id : ids) {
            keys += key(kind, id);
        }
        return new Tally(ids.size(), keys);
    }

    private long key(String kind, long id) {
        byte[] hash = sha256(secret() + ":" + kind + ":" + id);
        return ((hash[0] & 0xffL) << 12) | ((hash[1] & 0xffL) << 4) | ((hash[2] & 0xffL) >> 4);
    }

    private String secret() {
        if (secret == null) {
            secret = (String) em.createNativeQuery("SELECT secret FROM statistics_secret WHERE id = 1")
                    .getSingleResult();
        }
        return secret;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
