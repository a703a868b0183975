package ma.forsa.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import ma.forsa.centre.Centre;
import ma.forsa.centre.CentreService;
import ma.forsa.centre.Classes;
import ma.forsa.programme.Programme;
import ma.forsa.schoolyear.SchoolYear;
import org.hibernate.Session;

/**
 * Many enrolments at once, for the import: the seats already taken, then thousands of checked enrolments written
 * in JDBC batches, each learner seated in the first class with a free seat ({@link Classes}), under the lock of
 * the centres as a single placement is. The rules the rows were checked with are {@link PlacementRules}.
 */
@ApplicationScoped
public class PlacementEnrolments {

    /** A checked enrolment of a registered learner. */
    public record Enrolment(
            long learnerId, Centre centre, SchoolYear year, Programme programme, int age, LocalDate enrolledOn) {}

    private static final int BATCH = 500;

    @Inject
    PlacementRepository placements;

    @Inject
    CentreService centres;

    @Inject
    Session session;

    /** Enrolled learners per {@link #seatKey} in the directorate, whoever placed them. */
    public Map<String, Long> enrolledCounts(String directorate) {
        Map<String, Long> enrolled = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> counts = placements
                .getEntityManager()
                .createNativeQuery("SELECT centre_id, school_year_id, COUNT(*) FROM placement"
                        + " WHERE status = 'ENROLLED' AND directorate_code = ?1 GROUP BY centre_id, school_year_id")
                .setParameter(1, directorate)
                .getResultList();
        counts.forEach(r -> enrolled.put(r[0] + "/" + r[1], ((Number) r[2]).longValue()));
        return enrolled;
    }

    public static String seatKey(long centreId, long schoolYearId) {
        return centreId + "/" + schoolYearId;
    }

    /** Writes the enrolments in the caller's transaction; answers how many were written. */
    public int enrolAll(List<Enrolment> enrolments, IntConsumer progress) {
        // lock the centres in id order, as transfers do, then count their classes under the lock
        for (long id : new TreeSet<>(enrolments.stream().map(e -> e.centre().id).toList())) {
            centres.lockedForPlacing(id);
        }
        Map<String, Map<Integer, Long>> classes = new HashMap<>();
        for (Enrolment e : enrolments) {
            classes.computeIfAbsent(
                    seatKey(e.centre().id, e.year().id), k -> placements.enrolledByClass(e.centre().id, e.year().id));
        }
        Instant now = Instant.now();
        return session.doReturningWork(connection -> {
            int written = 0;
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO placement (learner_id, centre_id,"
                    + " school_year_id, programme, directorate_code, association_id, status, class_number,"
                    + " age_at_reference, requested_at, enrolled_on, created_at, updated_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 'ENROLLED', ?, ?, ?, ?, ?, ?, 0)")) {
                for (Enrolment e : enrolments) {
                    Centre centre = e.centre();
                    Map<Integer, Long> taken = classes.get(seatKey(centre.id, e.year().id));
                    Integer number = Classes.firstFree(centre.capacity, centre.classCap, taken);
                    if (number == null) {
                        throw new IllegalStateException(
                                "centre " + centre.id + " has no free class although its seats were checked");
                    }
                    taken.merge(number, 1L, Long::sum);
                    s.setLong(1, e.learnerId());
                    s.setLong(2, centre.id);
                    s.setLong(3, e.year().id);
                    s.setString(4, e.programme().name());
                    s.setString(5, centre.directorateCode);
                    s.setLong(6, centre.associationId);
                    s.setInt(7, number);
                    s.setInt(8, e.age());
                    s.setTimestamp(9, Timestamp.from(now));
                    s.setDate(10, Date.valueOf(e.enrolledOn()));
                    s.setTimestamp(11, Timestamp.from(now));
                    s.setTimestamp(12, Timestamp.from(now));
                    s.addBatch();
                    if (++written % BATCH == 0) {
                        s.executeBatch();
                        progress.accept(written);
                    }
                }
                s.executeBatch();
            }
            return written;
        });
    }
}
