package ma.forsa.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Rows a test needs as background, written with SQL so tests do not depend on each other. */
@ApplicationScoped
public class Fixtures {

    @Inject
    Db db;

    public long association(String directorate, String nameAr) {
        db.update(
                "INSERT INTO association (directorate_code, name_ar, created_at, updated_at) VALUES (?, ?, NOW(6), NOW(6))",
                directorate,
                nameAr);
        return Long.parseLong(db.string(
                "SELECT id FROM association WHERE directorate_code = ? AND name_ar = ?", directorate, nameAr));
    }

    /** A learner of the directorate, born on the given date. */
    public long learner(String directorate, Long associationId, String birthDate) {
        String last = Names.unique("المتعلم");
        db.update(
                "INSERT INTO learner (directorate_code, association_id, first_name_ar, last_name_ar, name_key, birth_date,"
                        + " sex, nationality, created_at, updated_at) VALUES (?, ?, 'متعلم', ?, ?, ?, 'M', 'MA', NOW(6), NOW(6))",
                directorate,
                associationId,
                last,
                ma.forsa.learner.NameKey.of("متعلم", last),
                birthDate);
        return Long.parseLong(db.string("SELECT id FROM learner WHERE last_name_ar = ?", last));
    }

    /** An association with a fixed id, for tests whose caller's token names it. */
    public long associationWithId(long id, String directorate) {
        db.update(
                "INSERT IGNORE INTO association (id, directorate_code, name_ar, created_at, updated_at) "
                        + "VALUES (?, ?, ?, NOW(6), NOW(6))",
                id,
                directorate,
                "جمعية رقم " + id);
        return id;
    }

    public long centre(
            String directorate, long associationId, String type, String communeCode, String nameAr, int capacity) {
        return centre(directorate, associationId, type, communeCode, nameAr, capacity, 20);
    }

    public long centre(
            String directorate,
            long associationId,
            String type,
            String communeCode,
            String nameAr,
            int capacity,
            int classCap) {
        db.update(
                "INSERT INTO centre (directorate_code, association_id, name_ar, type, commune_code, capacity, class_cap, "
                        + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, NOW(6), NOW(6))",
                directorate,
                associationId,
                nameAr,
                type,
                communeCode,
                capacity,
                classCap);
        return Long.parseLong(
                db.string("SELECT id FROM centre WHERE directorate_code = ? AND name_ar = ?", directorate, nameAr));
    }

    /** A school year of the test's own (between 3000 and 8000), with its year before free too: its code. */
    public String unusedSchoolYear() {
        int first = 3000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(5000);
        while (db.longValue("SELECT COUNT(*) FROM school_year WHERE code IN ('" + first + "/" + (first + 1) + "', '"
                        + (first - 1) + "/" + first + "')")
                > 0) {
            first = 3000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(5000);
        }
        return first + "/" + (first + 1);
    }

    /** The school year of this code (1 September to 31 July, ages on 31 December): its id. */
    public long schoolYear(String code) {
        String first = code.substring(0, 4);
        String next = code.substring(5);
        db.update(
                "INSERT INTO school_year (code, starts_on, ends_on, age_reference_date, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, NOW(6), NOW(6))",
                code,
                first + "-09-01",
                next + "-07-31",
                first + "-12-31");
        return db.longValue("SELECT id FROM school_year WHERE code = '" + code + "'");
    }

    /** A directorate of the regional academy that only the test uses (kept if it exists already). */
    public void directorate(String code) {
        db.update(
                "INSERT IGNORE INTO directorate (code, academy_code, name_ar, name_fr) VALUES (?, 'LSH', ?, ?)",
                code,
                "مديرية " + code,
                "Direction " + code);
    }
}
