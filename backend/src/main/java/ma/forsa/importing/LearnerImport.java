package ma.forsa.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import ma.forsa.centre.Classes;
import ma.forsa.common.problem.ApiProblem.FieldText;
import ma.forsa.common.text.Text;
import ma.forsa.common.validation.Violations;
import ma.forsa.importing.ImportViews.RowError;
import ma.forsa.importing.RowReader.ImportRow;
import ma.forsa.learner.LearnerEnums.ConsentPurpose;
import ma.forsa.learner.LearnerEnums.DropoutReason;
import ma.forsa.learner.LearnerEnums.Grade;
import ma.forsa.learner.LearnerEnums.GuardianRelation;
import ma.forsa.learner.LearnerEnums.Sex;
import ma.forsa.learner.LearnerInput;
import ma.forsa.learner.LearnerRules;
import ma.forsa.learner.NameKey;
import ma.forsa.programme.Programme;
import ma.forsa.schoolyear.AgeBand;
import ma.forsa.schoolyear.AgeRule;
import ma.forsa.schoolyear.SchoolYear;

/**
 * Validates the rows of a learners file with the API's own rules (Bean Validation on
 * LearnerInput, LearnerRules, duplicates, centre, age band, capacity) and writes the valid
 * file in JDBC batches.
 */
public final class LearnerImport {

    /** What the rows are checked against, read once in the caller's scope. */
    public record Context(
            String directorate,
            Long associationId,
            Set<String> communes,
            Map<Long, CentreInfo> centres,
            Map<String, YearInfo> years,
            Map<String, Long> enrolled) {}

    public record CentreInfo(long id, Programme type, int capacity, int classCap, long associationId, boolean active) {}

    public record YearInfo(SchoolYear year, Map<Programme, AgeBand> bands) {

        long id() {
            return year.id;
        }

        LocalDate referenceDate() {
            return year.ageReferenceDate;
        }
    }

    /** A valid row, ready to be written. */
    record Candidate(
            int line,
            LearnerInput learner,
            String nameKey,
            String nameKeyLatin,
            CentreInfo centre,
            YearInfo year,
            Programme programme,
            int age,
            LocalDate enrolledOn) {}

    public record Outcome(List<RowError> errors, List<Candidate> candidates) {}

    /** A valid row as it will be written. */
    static ImportViews.PreviewRow preview(Candidate c) {
        LearnerInput l = c.learner();
        return new ImportViews.PreviewRow(
                c.line(),
                l.firstNameAr().strip(),
                l.lastNameAr().strip(),
                Text.clean(l.firstNameLatin()),
                Text.clean(l.lastNameLatin()),
                l.birthDate(),
                l.sex(),
                l.nationality() == null ? DEFAULT_NATIONALITY : l.nationality(),
                l.massarCode(),
                Text.clean(l.guardianName()),
                Text.clean(l.guardianPhone()),
                Text.clean(l.communeCode()),
                c.centre() == null ? null : c.centre().id(),
                c.year() == null ? null : c.year().year().code,
                c.programme(),
                c.centre() == null ? null : c.enrolledOn());
    }

    private static final String DEFAULT_NATIONALITY = "MA";
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final Validator validator;

    public LearnerImport(Validator validator) {
        this.validator = validator;
    }

    /** The header's problems, or empty when every column is known and the required ones are there. */
    public static List<RowError> checkHeader(List<String> headers) {
        List<RowError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String header : headers) {
            String column = Columns.canonical(header);
            if (column == null) {
                errors.add(new RowError(1, header, "unknown column; known columns: " + String.join(", ", Columns.ALL)));
            } else if (!seen.add(column)) {
                errors.add(new RowError(1, header, "the column " + column + " is given twice"));
            }
        }
        for (String required : Columns.REQUIRED) {
            if (!seen.contains(required)) {
                errors.add(new RowError(1, required, "the column is missing"));
            }
        }
        return errors;
    }

    public Outcome validate(
            List<ImportRow> rows,
            Context context,
            Set<String> takenMassar,
            Set<String> takenNames,
            IntConsumer progress) {
        List<RowError> errors = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Set<String> fileMassar = new HashSet<>();
        Set<String> fileNames = new HashSet<>();
        Map<String, Long> seats = new HashMap<>(context.enrolled());
        int done = 0;
        for (ImportRow row : rows) {
            List<RowError> rowErrors = new ArrayList<>();
            Candidate candidate = candidate(row, context, rowErrors);
            if (candidate != null) {
                duplicates(candidate, takenMassar, takenNames, fileMassar, fileNames, rowErrors);
                if (candidate.centre() != null && rowErrors.isEmpty()) {
                    String key =
                            candidate.centre().id() + "/" + candidate.year().id();
                    long used = seats.getOrDefault(key, 0L);
                    if (used >= candidate.centre().capacity()) {
                        rowErrors.add(new RowError(
                                row.line(),
                                Columns.CENTRE_ID,
                                "centre " + candidate.centre().id() + " is full ("
                                        + candidate.centre().capacity() + " places)"));
                    } else {
                        seats.put(key, used + 1);
                    }
                }
            }
            if (rowErrors.isEmpty()) {
                candidates.add(candidate);
            } else {
                errors.addAll(rowErrors);
            }
            if (++done % 1000 == 0) {
                progress.accept(done);
            }
        }
        progress.accept(done);
        return new Outcome(errors, candidates);
    }

    private Candidate candidate(ImportRow row, Context context, List<RowError> errors) {
        Map<String, String> cells = new HashMap<>();
        row.cells().forEach((header, value) -> {
            String column = Columns.canonical(header);
            if (column != null && value != null && !value.isBlank()) {
                cells.put(column, value.strip());
            }
        });
        int line = row.line();
        LearnerInput input = new LearnerInput(
                cells.get(Columns.FIRST_NAME_AR),
                cells.get(Columns.LAST_NAME_AR),
                cells.get(Columns.FIRST_NAME_LATIN),
                cells.get(Columns.LAST_NAME_LATIN),
                date(cells, Columns.BIRTH_DATE, line, errors),
                sex(cells.get(Columns.SEX), line, errors),
                upper(cells.get(Columns.NATIONALITY)),
                upper(cells.get(Columns.MASSAR_CODE)),
                cells.get(Columns.GUARDIAN_NAME),
                enumeration(GuardianRelation.class, cells, Columns.GUARDIAN_RELATION, line, errors),
                cells.get(Columns.GUARDIAN_PHONE),
                cells.get(Columns.COMMUNE_CODE),
                cells.get(Columns.ADDRESS),
                enumeration(Grade.class, cells, Columns.LAST_GRADE, line, errors),
                integer(cells, Columns.YEAR_LEFT, line, errors),
                enumeration(DropoutReason.class, cells, Columns.DROPOUT_REASON, line, errors),
                cells.get(Columns.DROPOUT_DETAIL),
                cells.get(Columns.CONSENT_BY),
                enumeration(GuardianRelation.class, cells, Columns.CONSENT_RELATION, line, errors),
                date(cells, Columns.CONSENT_ON, line, errors),
                purposes(cells.get(Columns.CONSENT_PURPOSES), line, errors),
                null,
                null);
        for (ConstraintViolation<LearnerInput> violation : validator.validate(input)) {
            errors.add(new RowError(
                    line,
                    column(violation.getPropertyPath().toString()),
                    Violations.sentence(violation).toString()));
        }
        for (FieldText broken : LearnerRules.check(input, context.communes()::contains)) {
            errors.add(new RowError(line, column(broken.field()), broken.text().toString()));
        }
        CentreInfo centre = null;
        YearInfo year = null;
        Programme programme = null;
        int age = 0;
        String centreId = cells.get(Columns.CENTRE_ID);
        if (centreId != null) {
            centre = parseLong(centreId) == null ? null : context.centres().get(parseLong(centreId));
            if (centre == null) {
                errors.add(new RowError(line, Columns.CENTRE_ID, "is not a centre you may place learners in"));
            } else if (!centre.active()) {
                errors.add(new RowError(line, Columns.CENTRE_ID, "centre " + centre.id() + " is closed"));
            }
            String yearCode = cells.get(Columns.SCHOOL_YEAR);
            year = yearCode == null ? null : context.years().get(yearCode);
            if (year == null) {
                errors.add(new RowError(
                        line,
                        Columns.SCHOOL_YEAR,
                        yearCode == null ? "is required with a centre" : "no school year " + yearCode));
            }
            programme = enumeration(Programme.class, cells, Columns.PROGRAMME, line, errors);
            if (centre != null && programme == null) {
                programme = centre.type();
            }
            if (centre != null && programme != null && programme != centre.type()) {
                errors.add(new RowError(line, Columns.PROGRAMME, "centre " + centre.id() + " runs " + centre.type()));
            }
            if (year != null && input.birthDate() != null && programme != null) {
                age = AgeRule.ageAt(input.birthDate(), year.referenceDate());
                AgeBand band = year.bands().get(programme);
                if (band == null || !band.admits(age)) {
                    errors.add(new RowError(
                            line,
                            Columns.BIRTH_DATE,
                            "age " + age + " at " + year.referenceDate() + " is outside " + programme
                                    + (band == null ? "" : " (" + band.minAge + "-" + band.maxAge + ")")));
                }
            }
        }
        LocalDate enrolledOn = date(cells, Columns.ENROLLED_ON, line, errors);
        if (year != null) {
            if (enrolledOn == null) {
                enrolledOn = year.year().proposedEnrolmentDate(LocalDate.now());
            } else if (!year.year().includes(enrolledOn)) {
                errors.add(new RowError(
                        line, Columns.ENROLLED_ON, year.year().outside().toString()));
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Candidate(
                line,
                input,
                NameKey.of(input.firstNameAr(), input.lastNameAr()),
                NameKey.of(input.firstNameLatin(), input.lastNameLatin()),
                centre,
                year,
                programme,
                age,
                enrolledOn);
    }

    private static void duplicates(
            Candidate c,
            Set<String> takenMassar,
            Set<String> takenNames,
            Set<String> fileMassar,
            Set<String> fileNames,
            List<RowError> errors) {
        String massar = c.learner().massarCode();
        if (massar != null && (takenMassar.contains(massar) || !fileMassar.add(massar))) {
            errors.add(new RowError(
                    c.line(),
                    Columns.MASSAR_CODE,
                    takenMassar.contains(massar)
                            ? "a learner with this MASSAR code is already registered"
                            : "this MASSAR code is given twice in the file"));
        }
        String arabic = c.nameKey() + "|" + c.learner().birthDate();
        String latin = c.nameKeyLatin() == null
                ? null
                : "L:" + c.nameKeyLatin() + "|" + c.learner().birthDate();
        boolean registered = takenNames.contains(arabic) || (latin != null && takenNames.contains(latin));
        boolean twice = !fileNames.add(arabic) | (latin != null && !fileNames.add(latin));
        if (registered || twice) {
            errors.add(new RowError(
                    c.line(),
                    Columns.LAST_NAME_AR,
                    registered
                            ? "a learner with the same name and birth date is already registered"
                            : "the same name and birth date appear twice in the file"));
        }
    }

    /** Writes the candidates; answers {learners, placements}. Runs in the caller's transaction. */
    public static int[] write(
            Connection connection,
            List<Candidate> candidates,
            Context context,
            Map<String, Map<Integer, Long>> classCounts,
            IntConsumer progress)
            throws SQLException {
        Instant now = Instant.now();
        List<Long> ids = new ArrayList<>(candidates.size());
        String insertLearner = "INSERT INTO learner (directorate_code, association_id, first_name_ar, last_name_ar,"
                + " first_name_latin, last_name_latin, name_key, name_key_latin, birth_date, sex, nationality, massar_code,"
                + " guardian_name, guardian_relation, guardian_phone, commune_code, address, last_grade_completed,"
                + " year_left_school, dropout_reason, dropout_reason_detail, consent_given_by, consent_relation,"
                + " consent_given_on, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
        try (PreparedStatement s = connection.prepareStatement(insertLearner, Statement.RETURN_GENERATED_KEYS)) {
            for (int from = 0; from < candidates.size(); from += 500) {
                List<Candidate> chunk = candidates.subList(from, Math.min(candidates.size(), from + 500));
                for (Candidate c : chunk) {
                    LearnerInput l = c.learner();
                    Long association = context.associationId() != null
                            ? context.associationId()
                            : c.centre() != null ? Long.valueOf(c.centre().associationId()) : null;
                    Object[] values = {
                        context.directorate(),
                        association,
                        l.firstNameAr().strip(),
                        l.lastNameAr().strip(),
                        Text.clean(l.firstNameLatin()),
                        Text.clean(l.lastNameLatin()),
                        c.nameKey(),
                        c.nameKeyLatin(),
                        Date.valueOf(l.birthDate()),
                        l.sex().name(),
                        l.nationality() == null ? DEFAULT_NATIONALITY : l.nationality(),
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
        if (ids.size() != candidates.size()) {
            throw new SQLException("expected " + candidates.size() + " generated keys, got " + ids.size());
        }
        try (PreparedStatement s =
                connection.prepareStatement("INSERT INTO learner_name_token (learner_id, token) VALUES (?, ?)")) {
            for (int i = 0; i < candidates.size(); i++) {
                LearnerInput l = candidates.get(i).learner();
                for (String word :
                        NameKey.tokens(l.firstNameAr(), l.lastNameAr(), l.firstNameLatin(), l.lastNameLatin())) {
                    s.setLong(1, ids.get(i));
                    s.setString(2, word);
                    s.addBatch();
                }
                if (i % 500 == 499) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO learner_consent_purpose (learner_id, purpose) VALUES (?, ?)")) {
            for (int i = 0; i < candidates.size(); i++) {
                List<ConsentPurpose> purposes = candidates.get(i).learner().consentPurposes();
                for (ConsentPurpose purpose : purposes == null ? List.<ConsentPurpose>of() : purposes) {
                    s.setLong(1, ids.get(i));
                    s.setString(2, purpose.name());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
        int placements = 0;
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO placement (learner_id, centre_id, school_year_id,"
                        + " programme, directorate_code, association_id, status, class_number, age_at_reference, requested_at,"
                        + " enrolled_on, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 'ENROLLED', ?, ?, ?, ?, ?, ?, 0)")) {
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                if (c.centre() == null) {
                    continue;
                }
                Map<Integer, Long> classes = classCounts.computeIfAbsent(
                        c.centre().id() + "/" + c.year().id(), k -> new HashMap<>());
                int number = freeClass(c.centre(), classes);
                classes.merge(number, 1L, Long::sum);
                s.setLong(1, ids.get(i));
                s.setLong(2, c.centre().id());
                s.setLong(3, c.year().id());
                s.setString(4, c.programme().name());
                s.setString(5, context.directorate());
                s.setLong(6, c.centre().associationId());
                s.setInt(7, number);
                s.setInt(8, c.age());
                s.setTimestamp(9, Timestamp.from(now));
                s.setDate(10, Date.valueOf(c.enrolledOn()));
                s.setTimestamp(11, Timestamp.from(now));
                s.setTimestamp(12, Timestamp.from(now));
                s.addBatch();
                if (++placements % 500 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        return new int[] {ids.size(), placements};
    }

    private static int freeClass(CentreInfo centre, Map<Integer, Long> classes) {
        Integer number = Classes.firstFree(centre.capacity(), centre.classCap(), classes);
        if (number == null) {
            throw new IllegalStateException("centre " + centre.id() + " has no free class although seats were counted");
        }
        return number;
    }

    private static String column(String property) {
        StringBuilder snake = new StringBuilder();
        for (char c : property.toCharArray()) {
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        String column = snake.toString();
        return column.equals("last_grade_completed") ? Columns.LAST_GRADE : column.replaceAll("\\[\\d+]$", "");
    }

    private static LocalDate date(Map<String, String> cells, String column, int line, List<RowError> errors) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, FRENCH_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new RowError(line, column, "is not a date (YYYY-MM-DD or DD/MM/YYYY): " + value));
            return null;
        }
    }

    private static Sex sex(String value, int line, List<RowError> errors) {
        if (value == null) {
            return null;
        }
        switch (value.toUpperCase(Locale.ROOT)) {
            case "F", "أنثى", "انثى", "FEMININ", "FÉMININ" -> {
                return Sex.F;
            }
            case "M", "ذكر", "MASCULIN" -> {
                return Sex.M;
            }
            default -> {
                errors.add(new RowError(line, Columns.SEX, "must be F or M"));
                return null;
            }
        }
    }

    private static <E extends Enum<E>> E enumeration(
            Class<E> type, Map<String, String> cells, String column, int line, List<RowError> errors) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(line, column, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static Integer integer(Map<String, String> cells, String column, int line, List<RowError> errors) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(new RowError(line, column, "must be a whole number"));
            return null;
        }
    }

    private static List<ConsentPurpose> purposes(String value, int line, List<RowError> errors) {
        if (value == null) {
            return null;
        }
        Set<ConsentPurpose> purposes = EnumSet.noneOf(ConsentPurpose.class);
        for (String part : value.split("[;|]")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                purposes.add(ConsentPurpose.valueOf(part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(
                        line,
                        Columns.CONSENT_PURPOSES,
                        "must be among " + Arrays.toString(ConsentPurpose.values()) + ", separated by ;"));
            }
        }
        return List.copyOf(purposes);
    }

    private static Long parseLong(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
