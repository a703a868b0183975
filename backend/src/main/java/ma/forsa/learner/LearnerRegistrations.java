package ma.forsa.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import ma.forsa.common.text.Text;
import ma.forsa.learner.LearnerEnums.ConsentPurpose;
import org.hibernate.Session;

/**
 * Many learners at once, for the import: which of a file's MASSAR codes and names are registered already, and the
 * registration of thousands of checked learners in JDBC batches (one statement per 500). The rules they were
 * checked with are the API's own ({@link LearnerRules}, Bean Validation on {@link LearnerInput}); the learner's
 * table stays this feature's.
 */
@ApplicationScoped
public class LearnerRegistrations {

    /** A learner to register: what the file said, and the association that will follow them (or none). */
    public record Registration(LearnerInput input, Long associationId) {}

    private static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    Session session;

    /** The codes among these that a learner already holds, whatever the scope. */
    public Set<String> registeredMassarCodes(Collection<String> codes) {
        Set<String> taken = new HashSet<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += 1000) {
            @SuppressWarnings("unchecked")
            List<String> found = em.createNativeQuery("SELECT massar_code FROM learner WHERE massar_code IN (?1)")
                    .setParameter(1, all.subList(from, Math.min(all.size(), from + 1000)))
                    .getResultList();
            taken.addAll(found);
        }
        return taken;
    }

    /**
     * {@link #nameAndBirth} of the directorate's learners whose Arabic or Latin name key is one of these, whatever
     * the scope.
     */
    public Set<String> registeredNames(String directorate, Collection<String> nameKeys) {
        Set<String> taken = new HashSet<>();
        List<String> all = List.copyOf(nameKeys);
        for (int from = 0; from < all.size(); from += 1000) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery("SELECT name_key, name_key_latin, birth_date FROM learner"
                            + " WHERE directorate_code = ?1 AND (name_key IN (?2) OR name_key_latin IN (?2))")
                    .setParameter(1, directorate)
                    .setParameter(2, chunk)
                    .getResultList();
            for (Object[] r : found) {
                taken.add(nameAndBirth((String) r[0], false, r[2]));
                if (r[1] != null) {
                    taken.add(nameAndBirth((String) r[1], true, r[2]));
                }
            }
        }
        return taken;
    }

    /** How a name key and a birth date are compared, Arabic and Latin keys kept apart. */
    public static String nameAndBirth(String nameKey, boolean latin, Object birthDate) {
        return (latin ? "L:" : "") + nameKey + "|" + birthDate;
    }

    /** Registers checked learners in the directorate; answers their ids, in order. Runs in the caller's transaction. */
    public List<Long> registerAll(String directorate, List<Registration> registrations, IntConsumer progress) {
        return session.doReturningWork(connection -> insert(connection, directorate, registrations, progress));
    }

    private static List<Long> insert(
            Connection connection, String directorate, List<Registration> registrations, IntConsumer progress)
            throws SQLException {
        Instant now = Instant.now();
        List<Long> ids = new ArrayList<>(registrations.size());
        String insertLearner = "INSERT INTO learner (directorate_code, association_id, first_name_ar, last_name_ar,"
                + " first_name_latin, last_name_latin, name_key, name_key_latin, birth_date, sex, nationality, massar_code,"
                + " guardian_name, guardian_relation, guardian_phone, commune_code, address, last_grade_completed,"
                + " year_left_school, dropout_reason, dropout_reason_detail, consent_given_by, consent_relation,"
                + " consent_given_on, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
        try (PreparedStatement s = connection.prepareStatement(insertLearner, Statement.RETURN_GENERATED_KEYS)) {
            for (int from = 0; from < registrations.size(); from += BATCH) {
                List<Registration> chunk = registrations.subList(from, Math.min(registrations.size(), from + BATCH));
                for (Registration r : chunk) {
                    LearnerInput l = r.input();
                    Object[] values = {
                        directorate,
                        r.associationId(),
                        l.firstNameAr().strip(),
                        l.lastNameAr().strip(),
                        Text.clean(l.firstNameLatin()),
                        Text.clean(l.lastNameLatin()),
                        NameKey.of(l.firstNameAr(), l.lastNameAr()),
                        NameKey.of(l.firstNameLatin(), l.lastNameLatin()),
                        Date.valueOf(l.birthDate()),
                        l.sex().name(),
                        l.nationality() == null ? Learner.DEFAULT_NATIONALITY : l.nationality(),
                        l.massarCode(),
                        Text.clean(l.guardianName()),
                        name(l.guardianRelation()),
                        Text.clean(l.guardianPhone()),
                        Text.clean(l.communeCode()),
                        Text.clean(l.address()),
                        name(l.lastGradeCompleted()),
                        l.yearLeftSchool(),
                        name(l.dropoutReason()),
                        Text.clean(l.dropoutReasonDetail()),
                        Text.clean(l.consentGivenBy()),
                        name(l.consentRelation()),
                        l.consentGivenOn() == null ? null : Date.valueOf(l.consentGivenOn()),
                        Timestamp.from(now),
                        Timestamp.from(now)
                    };
                    for (int i = 0; i < values.length; i++) {
                        if (values[i] == null) {
                            s.setNull(i + 1, Types.NULL);
                        } else {
                            s.setObject(i + 1, values[i]);
                        }
                    }
                    s.addBatch();
                }
                s.executeBatch();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
                progress.accept(from + chunk.size());
            }
        }
        if (ids.size() != registrations.size()) {
            throw new SQLException("expected " + registrations.size() + " generated keys, got " + ids.size());
        }
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO learner_name_token (learner_id, token, directorate_code) VALUES (?, ?, ?)")) {
            for (int i = 0; i < registrations.size(); i++) {
                LearnerInput l = registrations.get(i).input();
                for (NameToken token : NameToken.of(
                        directorate, l.firstNameAr(), l.lastNameAr(), l.firstNameLatin(), l.lastNameLatin())) {
                    s.setLong(1, ids.get(i));
                    s.setString(2, token.token);
                    s.setString(3, token.directorateCode);
                    s.addBatch();
                }
                if (i % BATCH == BATCH - 1) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO learner_consent_purpose (learner_id, purpose) VALUES (?, ?)")) {
            for (int i = 0; i < registrations.size(); i++) {
                List<ConsentPurpose> purposes = registrations.get(i).input().consentPurposes();
                for (ConsentPurpose purpose : purposes == null ? List.<ConsentPurpose>of() : purposes) {
                    s.setLong(1, ids.get(i));
                    s.setString(2, purpose.name());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
        return ids;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
