package ma.forsa.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import ma.forsa.learner.NameKey;

/**
 * Synthetic academies and directorates beside the real ones, filled in SQL (MariaDB's sequence engine) with what a
 * country holds: associations, centres, school years, learners with searchable names, placements spread over the
 * years, identified children, campaigns, caravans and stops, and the audit of reads. One generator for every
 * measure of size: the index test at a few tens of thousands of rows, {@code ./forsa bench} at national scale.
 * Everything it makes carries the prefix of its academy code, so two shapes can live in one database.
 */
public final class NationalData {

    /**
     * How much to make. {@code placementsPerYear[d]} is directorate d's placements in each school year (its length
     * is the number of directorates); learners are made so that no learner is placed twice in a year.
     * {@code casesPerYear} is the identified children of the whole shape a year, shared among its directorates as
     * their placements are; {@code auditEvents} is each directorate's audit records.
     */
    public record Shape(
            String academy, int firstYear, int years, int[] placementsPerYear, int casesPerYear, int auditEvents) {

        public int directorates() {
            return placementsPerYear.length;
        }

        public String directorate(int d) {
            return academy + String.format("%02d", d + 1);
        }
    }

    private static final List<String> FIRST = List.of(
            "محمد",
            "فاطمة",
            "أحمد",
            "خديجة",
            "يوسف",
            "مريم",
            "عمر",
            "زينب",
            "إبراهيم",
            "سلمى",
            "حمزة",
            "آمنة",
            "ياسين",
            "هاجر",
            "أيوب",
            "سكينة",
            "إلياس",
            "نعيمة",
            "عبد الله",
            "حليمة",
            "سعيد",
            "كوثر",
            "رشيد",
            "أسماء");
    private static final List<String> LAST = List.of(
            "العلوي",
            "الإدريسي",
            "بنعلي",
            "الفاسي",
            "التازي",
            "الشرقاوي",
            "الصحراوي",
            "الركيبي",
            "البوعيشي",
            "الأنصاري",
            "المرابط",
            "الحسني",
            "بوزيد",
            "الناصري",
            "الكتاني",
            "العمراني",
            "بلحاج",
            "الوزاني",
            "الداودي",
            "السوسي",
            "الريفي",
            "الدكالي",
            "الزموري",
            "الحياني",
            "الجبلي",
            "المكناسي",
            "الغربي",
            "البيضاوي",
            "الطنجي",
            "الشاوي",
            "الحوزي");

    /** One directorate of 12,000 placements a year over two years: the index and heavy-work tests share it. */
    public static final Shape ONE_DIRECTORATE = new Shape("IXA", 2088, 2, new int[] {12_000}, 6_000, 20_000);

    /** The last school year of {@link #ONE_DIRECTORATE}. */
    public static final String ONE_DIRECTORATE_YEAR = "2089/2090";

    private NationalData() {}

    /** Makes the shape unless its academy already exists (a benchmark's data set is built once, then reused). */
    public static boolean ensure(DataSource dataSource, Shape shape) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            try (var r = s.executeQuery("SELECT COUNT(*) FROM academy WHERE code = '" + shape.academy() + "'")) {
                r.next();
                if (r.getInt(1) > 0) {
                    return false;
                }
            }
            try (var r =
                    s.executeQuery("SELECT COUNT(*) FROM directorate WHERE academy_code = '" + shape.academy() + "'")) {
                r.next();
                if (r.getInt(1) > 0) {
                    throw new IllegalStateException("the making of " + shape.academy() + " was interrupted: start"
                            + " from an empty database (./forsa bench: remove .forsa/bench)");
                }
            }
            c.setAutoCommit(true);
            s.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
            territory(s, shape);
            years(s, shape);
            for (int d = 0; d < shape.directorates(); d++) {
                directorate(s, shape, d);
            }
            // the academy comes last: a shape whose making was interrupted is made again, not half reused
            s.execute("INSERT INTO academy (code, name_ar, name_fr) VALUES ('" + shape.academy() + "', 'أكاديمية "
                    + shape.academy() + "', 'Académie " + shape.academy() + "')");
            s.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
            for (String table : List.of(
                    "association",
                    "centre",
                    "learner",
                    "learner_name_token",
                    "placement",
                    "child_case",
                    "campaign",
                    "caravan",
                    "caravan_stop",
                    "audit_event")) {
                s.execute("ANALYZE TABLE " + table);
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("the national data set could not be made: " + e.getMessage(), e);
        }
    }

    private static void territory(Statement s, Shape shape) throws SQLException {
        for (int d = 0; d < shape.directorates(); d++) {
            String code = shape.directorate(d);
            s.execute("INSERT INTO directorate (code, academy_code, name_ar, name_fr) VALUES ('" + code + "', '"
                    + shape.academy() + "', 'مديرية " + code + "', 'Direction " + code + "')");
            for (int c = 1; c <= 3; c++) {
                s.execute("INSERT INTO commune (code, directorate_code, name_ar, name_fr) VALUES ('" + code + "-C" + c
                        + "', '" + code + "', 'جماعة " + c + "', 'Commune " + c + "')");
            }
        }
    }

    /** The school years of the shape (the real ones are kept), with the default age bands. */
    private static void years(Statement s, Shape shape) throws SQLException {
        for (int y = shape.firstYear(); y < shape.firstYear() + shape.years(); y++) {
            s.execute("INSERT IGNORE INTO school_year (code, starts_on, ends_on, age_reference_date, created_at,"
                    + " updated_at) VALUES ('" + y + "/" + (y + 1) + "', '" + y + "-09-01', '" + (y + 1) + "-07-31', '"
                    + y + "-12-31', NOW(6), NOW(6))");
        }
        s.execute("INSERT IGNORE INTO age_band (school_year_id, programme, directorate_code, min_age, max_age)"
                + " SELECT id, 'NFE_BASIC', NULL, 8, 15 FROM school_year UNION ALL"
                + " SELECT id, 'E2C_NG', NULL, 15, 18 FROM school_year");
    }

    private static void directorate(Statement s, Shape shape, int d) throws SQLException {
        String code = shape.directorate(d);
        int perYear = shape.placementsPerYear()[d];
        int associations = Math.max(3, Math.min(40, perYear / 250));
        int centres = Math.max(5, Math.min(120, perYear / 80));
        // associations and their centres
        s.execute("INSERT INTO association (directorate_code, name_ar, name_fr, commune_code, active, created_at,"
                + " updated_at) SELECT '" + code + "', CONCAT('جمعية ', seq, ' " + code + "'), CONCAT('Association ',"
                + " seq), '" + code + "-C1', TRUE, NOW(6), NOW(6) FROM seq_1_to_" + associations);
        long firstAssociation = first(s, "association", code);
        s.execute("INSERT INTO centre (directorate_code, association_id, name_ar, name_fr, type, commune_code,"
                + " capacity, class_cap, active, created_at, updated_at) SELECT '" + code + "', " + firstAssociation
                + " + seq % " + associations + ", CONCAT('مركز ', seq, ' " + code + "'), CONCAT('Centre ', seq),"
                + " IF(seq % 3 = 0, 'E2C_NG', 'NFE_BASIC'), CONCAT('" + code + "-C', 1 + seq % 3), 100000, 20, TRUE,"
                + " NOW(6), NOW(6) FROM seq_1_to_" + centres);
        long firstCentre = first(s, "centre", code);
        // learners: a year's placements are distinct learners; a learner comes back the next year one time in three
        int learners = Math.max(perYear, perYear * shape.years() * 2 / 3);
        s.execute("INSERT INTO learner (directorate_code, association_id, first_name_ar, last_name_ar, name_key,"
                + " birth_date, sex, nationality, created_at, updated_at) SELECT '" + code + "', " + firstAssociation
                + " + seq % " + associations + ", " + pick(FIRST, "seq % " + FIRST.size(), false) + ", "
                + pick(LAST, "(seq DIV " + FIRST.size() + ") % " + LAST.size(), false) + ", CONCAT("
                + pick(FIRST, "seq % " + FIRST.size(), true) + ", ' ', "
                + pick(LAST, "(seq DIV " + FIRST.size() + ") % " + LAST.size(), true) + "), DATE_ADD('"
                + (shape.firstYear() - 16) + "-01-01', INTERVAL (seq * 37) % 3650 DAY), IF(seq % 2 = 0, 'F', 'M'),"
                + " 'MA', NOW(6), NOW(6) FROM seq_1_to_" + learners);
        long firstLearner = first(s, "learner", code);
        // every word of the name key, for the search by name
        s.execute("INSERT IGNORE INTO learner_name_token (learner_id, token, directorate_code) SELECT l.id,"
                + " SUBSTRING_INDEX(SUBSTRING_INDEX(l.name_key, ' ', k.n), ' ', -1), l.directorate_code FROM learner l"
                + " JOIN (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) k"
                + " ON k.n <= 1 + LENGTH(l.name_key) - LENGTH(REPLACE(l.name_key, ' ', ''))"
                + " WHERE l.directorate_code = '" + code + "'");
        for (int y = 0; y < shape.years(); y++) {
            int year = shape.firstYear() + y;
            boolean current = y == shape.years() - 1;
            long yearId = yearId(s, year);
            // in the last year most are enrolled, some waiting; earlier years are over
            String status = current ? "IF(seq % 20 = 0, 'WAITING', IF(seq % 10 = 1, 'ENDED', 'ENROLLED'))" : "'ENDED'";
            s.execute("INSERT INTO placement (learner_id, centre_id, school_year_id, programme, directorate_code,"
                    + " association_id, status, class_number, age_at_reference, requested_at, enrolled_on, ended_on,"
                    + " outcome, created_at, updated_at) SELECT " + firstLearner + " + (seq + " + y + " * "
                    + (perYear / 3 + 1) + ") % " + learners + ", c.id, " + yearId + ", c.type, '" + code
                    + "', c.association_id, st.status, IF(st.status = 'ENROLLED', 1 + seq % 5, NULL), 8 + seq % 10,"
                    + " TIMESTAMPADD(SECOND, seq * 97 % 25000000, '" + year + "-07-01 08:00:00'),"
                    + " IF(st.status = 'WAITING', NULL, '" + year + "-09-15'),"
                    + " IF(st.status = 'ENDED', '" + (year + 1) + "-06-30', NULL),"
                    + " IF(st.status = 'ENDED', ELT(1 + seq % 5, 'COMPLETED', 'REINTEGRATED_FORMAL_SCHOOL', 'VOCATIONAL_TRAINING',"
                    + " 'LABOUR_MARKET', 'DROPPED_OUT'), NULL), NOW(6), NOW(6)"
                    + " FROM (SELECT seq, " + status + " AS status FROM seq_1_to_" + perYear + ") st"
                    + " JOIN centre c ON c.id = " + firstCentre + " + st.seq % " + centres);
            outreach(s, code, year, yearId, firstAssociation, associations, cases(shape, d));
        }
        if (shape.auditEvents() > 0) {
            s.execute("INSERT INTO audit_event (occurred_at, username, directorate_code, action, entity_type,"
                    + " entity_id, http_method, path, status) SELECT TIMESTAMPADD(SECOND, seq * 13, '"
                    + shape.firstYear() + "-09-01'), CONCAT('staff', seq % 7, '." + code.toLowerCase()
                    + "'), '" + code + "', 'READ', 'learner', " + firstLearner + " + seq % " + learners
                    + ", 'GET', CONCAT('/api/v1/learners/', seq), 200 FROM seq_1_to_" + shape.auditEvents());
        }
    }

    /** A campaign a year with its caravan, fifty stops, and the year's identified children. */
    private static void outreach(
            Statement s, String code, int year, long yearId, long firstAssociation, int associations, int cases)
            throws SQLException {
        s.execute("INSERT INTO campaign (directorate_code, school_year_id, title_ar, title_fr, starts_on, ends_on,"
                + " status, created_at, updated_at) VALUES ('" + code + "', " + yearId + ", 'حملة " + year + "',"
                + " 'Campagne " + year + "', '" + year + "-09-16', '" + (year + 1)
                + "-06-30', 'ACTIVE', NOW(6), NOW(6))");
        long campaign = last(s, "campaign");
        s.execute("INSERT INTO campaign_association (campaign_id, association_id) VALUES (" + campaign + ", "
                + firstAssociation + ")");
        s.execute("INSERT INTO caravan (campaign_id, directorate_code, name, starts_on, ends_on, created_at,"
                + " updated_at) VALUES (" + campaign + ", '" + code + "', 'قافلة " + year + "', '" + year + "-09-16', '"
                + (year + 1) + "-06-30', NOW(6), NOW(6))");
        long caravan = last(s, "caravan");
        s.execute("INSERT INTO caravan_stop (caravan_id, directorate_code, visit_on, commune_code, place, status,"
                + " created_at, updated_at) SELECT " + caravan + ", '" + code + "', DATE_ADD('" + year + "-09-16',"
                + " INTERVAL seq * 5 DAY), CONCAT('" + code + "-C', 1 + seq % 3), CONCAT('حي ', seq), 'PLANNED',"
                + " NOW(6), NOW(6) FROM seq_1_to_50");
        if (cases > 0) {
            s.execute("INSERT INTO child_case (directorate_code, association_id, campaign_id, caravan_id,"
                    + " first_name_ar, last_name_ar, name_key, sex, estimated_age, approx_birth_date, status,"
                    + " status_changed_on, found_on, recorded_by, created_at, updated_at) SELECT '" + code + "', "
                    + firstAssociation + " + seq % " + associations + ", " + campaign + ", " + caravan + ", "
                    + pick(FIRST, "seq % " + FIRST.size(), false) + ", " + pick(LAST, "seq % " + LAST.size(), false)
                    + ", CONCAT(" + pick(FIRST, "seq % " + FIRST.size(), true) + ", ' ', "
                    + pick(LAST, "seq % " + LAST.size(), true) + "), IF(seq % 2 = 0, 'F', 'M'), 8 + seq % 10,"
                    + " DATE_SUB('" + year + "-10-01', INTERVAL 8 + seq % 10 YEAR), ELT(1 + seq % 7, 'IDENTIFIED',"
                    + " 'CONTACTED', 'REFERRED', 'ENROLLED', 'DECLINED', 'UNREACHABLE', 'NOT_ELIGIBLE'), '" + year
                    + "-10-01', DATE_ADD('" + year + "-09-16', INTERVAL seq % 280 DAY), 'generator', NOW(6), NOW(6)"
                    + " FROM seq_1_to_" + cases);
        }
    }

    /** A directorate's identified children a year: the shape's, shared as its placements are. */
    private static int cases(Shape shape, int d) {
        long all = java.util.Arrays.stream(shape.placementsPerYear())
                .asLongStream()
                .sum();
        return (int) (shape.casesPerYear() * (long) shape.placementsPerYear()[d] / Math.max(1, all));
    }

    /** {@code ELT(1 + index, …)} over the names, or over their keys. */
    private static String pick(List<String> names, String index, boolean key) {
        return "ELT(1 + " + index + ", "
                + names.stream().map(n -> "'" + (key ? NameKey.of(n) : n) + "'").collect(Collectors.joining(", "))
                + ")";
    }

    private static long first(Statement s, String table, String directorate) throws SQLException {
        try (var r =
                s.executeQuery("SELECT MIN(id) FROM " + table + " WHERE directorate_code = '" + directorate + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long last(Statement s, String table) throws SQLException {
        try (var r = s.executeQuery("SELECT MAX(id) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long yearId(Statement s, int year) throws SQLException {
        try (var r = s.executeQuery("SELECT id FROM school_year WHERE code = '" + year + "/" + (year + 1) + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Directorates of a shape whose placements a year follow the country: a few large, most near a thousand. */
    public static int[] country(int directorates, int perYearTotal) {
        int[] sizes = new int[directorates];
        List<Integer> weights = new ArrayList<>();
        for (int d = 0; d < directorates; d++) {
            weights.add(d < directorates / 12 ? 8 : 1);
        }
        int sum = weights.stream().mapToInt(Integer::intValue).sum();
        for (int d = 0; d < directorates; d++) {
            sizes[d] = Math.max(100, perYearTotal * weights.get(d) / sum);
        }
        return sizes;
    }
}
