package ma.forsa.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import ma.forsa.centre.Centre;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.i18n.Sentence;
import ma.forsa.common.problem.ApiProblem;
import ma.forsa.common.problem.ApiProblem.FieldText;
import ma.forsa.common.text.Text;
import ma.forsa.common.validation.Violations;
import ma.forsa.importing.RowReader.ImportRow;
import ma.forsa.learner.Learner;
import ma.forsa.learner.LearnerEnums.ConsentPurpose;
import ma.forsa.learner.LearnerEnums.DropoutReason;
import ma.forsa.learner.LearnerEnums.Grade;
import ma.forsa.learner.LearnerEnums.GuardianRelation;
import ma.forsa.learner.LearnerEnums.Sex;
import ma.forsa.learner.LearnerInput;
import ma.forsa.learner.LearnerRegistrations;
import ma.forsa.learner.LearnerRules;
import ma.forsa.learner.NameKey;
import ma.forsa.placement.PlacementEnrolments;
import ma.forsa.placement.PlacementRules;
import ma.forsa.programme.Programme;
import ma.forsa.schoolyear.AgeBand;
import ma.forsa.schoolyear.AgeRule;
import ma.forsa.schoolyear.SchoolYear;

/**
 * Reads and checks the rows of a learners file with the API's own rules: Bean Validation on {@link LearnerInput},
 * {@link LearnerRules}, duplicates, and {@link PlacementRules} for the centre, the programme, the age band and the
 * enrolment date; seats are counted row by row. The writing is the learner's and placement's features' own
 * ({@link LearnerRegistrations}, {@link PlacementEnrolments}).
 */
public final class LearnerImport {

    /** What the rows are checked against, read once in the uploader's scope. */
    public record Context(
            String directorate,
            Long associationId,
            Set<String> communes,
            Map<Long, Centre> centres,
            Map<String, YearInfo> years,
            Map<String, Long> enrolled) {}

    public record YearInfo(SchoolYear year, Map<Programme, AgeBand> bands) {}

    /** A refusal of a cell (or of the whole row when the column is null), in words of the bundle. */
    public record RowProblem(int line, String column, Sentence sentence) {}

    /** A valid row, ready to be written. */
    public record Candidate(
            int line,
            LearnerInput learner,
            String nameKey,
            String nameKeyLatin,
            Centre centre,
            YearInfo year,
            Programme programme,
            int age,
            LocalDate enrolledOn) {

        /** The association that will follow the learner: the uploader's, else the centre's. */
        Long associationId(Context context) {
            return context.associationId() != null
                    ? context.associationId()
                    : centre == null ? null : centre.associationId;
        }
    }

    public record Outcome(List<RowProblem> errors, List<Candidate> candidates) {}

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
                l.nationality() == null ? Learner.DEFAULT_NATIONALITY : l.nationality(),
                l.massarCode(),
                Text.clean(l.guardianName()),
                Text.clean(l.guardianPhone()),
                Text.clean(l.communeCode()),
                c.centre() == null ? null : c.centre().id,
                c.year() == null ? null : c.year().year().code,
                c.programme(),
                c.centre() == null ? null : c.enrolledOn());
    }

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final Validator validator;

    public LearnerImport(Validator validator) {
        this.validator = validator;
    }

    /** The header's problems, or empty when every column is known and the required ones are there. */
    public static List<RowProblem> checkHeader(List<String> headers) {
        List<RowProblem> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String header : headers) {
            String column = Columns.canonical(header);
            if (column == null) {
                errors.add(new RowProblem(1, header, Sentence.of(Message.IMPORT_UNKNOWN_COLUMN, Columns.ALL)));
            } else if (!seen.add(column)) {
                errors.add(new RowProblem(1, header, Sentence.of(Message.IMPORT_COLUMN_TWICE, column)));
            }
        }
        for (String required : Columns.REQUIRED) {
            if (!seen.contains(required)) {
                errors.add(new RowProblem(1, required, Sentence.of(Message.IMPORT_COLUMN_MISSING)));
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
        List<RowProblem> errors = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Set<String> fileMassar = new HashSet<>();
        Set<String> fileNames = new HashSet<>();
        Map<String, Long> seats = new HashMap<>(context.enrolled());
        int done = 0;
        for (ImportRow row : rows) {
            List<RowProblem> rowErrors = new ArrayList<>();
            Candidate candidate = candidate(row, context, rowErrors);
            if (candidate != null) {
                duplicates(candidate, takenMassar, takenNames, fileMassar, fileNames, rowErrors);
                if (candidate.centre() != null && rowErrors.isEmpty()) {
                    Centre centre = candidate.centre();
                    String key = PlacementEnrolments.seatKey(
                            centre.id, candidate.year().year().id);
                    long used = seats.getOrDefault(key, 0L);
                    if (used >= centre.capacity) {
                        rowErrors.add(new RowProblem(
                                row.line(),
                                Columns.CENTRE_ID,
                                Sentence.of(
                                        Message.IMPORT_CENTRE_FULL,
                                        candidate.year().year().code,
                                        centre.capacity)));
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

    private Candidate candidate(ImportRow row, Context context, List<RowProblem> errors) {
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
            errors.add(new RowProblem(
                    line, column(violation.getPropertyPath().toString()), Violations.sentence(violation)));
        }
        for (FieldText broken : LearnerRules.check(input, context.communes()::contains)) {
            errors.add(new RowProblem(line, column(broken.field()), broken.text()));
        }
        Centre centre = null;
        YearInfo year = null;
        Programme programme = null;
        int age = 0;
        String centreId = cells.get(Columns.CENTRE_ID);
        if (centreId != null) {
            centre = parseLong(centreId) == null ? null : context.centres().get(parseLong(centreId));
            if (centre == null) {
                errors.add(new RowProblem(line, Columns.CENTRE_ID, Sentence.of(Message.CENTRE_NOT_PLACEABLE)));
            } else {
                refused(line, PlacementRules.open(centre.active, "centreId"), errors);
            }
            String yearCode = cells.get(Columns.SCHOOL_YEAR);
            year = yearCode == null ? null : context.years().get(yearCode);
            if (year == null) {
                errors.add(new RowProblem(
                        line,
                        Columns.SCHOOL_YEAR,
                        yearCode == null
                                ? Sentence.of(Message.IMPORT_SCHOOL_YEAR_WITH_CENTRE)
                                : Sentence.of(Message.NO_SUCH_SCHOOL_YEAR, yearCode)));
            }
            programme = enumeration(Programme.class, cells, Columns.PROGRAMME, line, errors);
            if (centre != null && programme == null) {
                programme = centre.type;
            }
            if (centre != null && programme != null) {
                refused(line, PlacementRules.runs(centre.type, programme, "programme"), errors);
            }
            if (year != null && input.birthDate() != null && programme != null) {
                age = AgeRule.ageAt(input.birthDate(), year.year().ageReferenceDate);
                refused(line, PlacementRules.eligible(age, year.year(), programme, year.bands()), errors);
            }
        }
        LocalDate enrolledOn = date(cells, Columns.ENROLLED_ON, line, errors);
        if (year != null) {
            if (enrolledOn == null) {
                enrolledOn = year.year().proposedEnrolmentDate(LocalDate.now());
            } else {
                refused(line, PlacementRules.within(year.year(), enrolledOn, "enrolledOn"), errors);
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

    /** A placement rule's refusal, told on the row: beside each field it names, else on the row. */
    private static void refused(int line, Optional<ApiProblem> refusal, List<RowProblem> errors) {
        refusal.ifPresent(problem -> {
            if (problem.errors.isEmpty()) {
                errors.add(new RowProblem(line, null, problem.detail));
            }
            // the detail says more than the field's message (an age band names the bands)
            problem.errors.forEach(e -> errors.add(new RowProblem(line, column(e.field()), problem.detail)));
        });
    }

    private static void duplicates(
            Candidate c,
            Set<String> takenMassar,
            Set<String> takenNames,
            Set<String> fileMassar,
            Set<String> fileNames,
            List<RowProblem> errors) {
        String massar = c.learner().massarCode();
        if (massar != null && (takenMassar.contains(massar) || !fileMassar.add(massar))) {
            errors.add(new RowProblem(
                    c.line(),
                    Columns.MASSAR_CODE,
                    Sentence.of(
                            takenMassar.contains(massar)
                                    ? Message.IMPORT_MASSAR_REGISTERED
                                    : Message.IMPORT_MASSAR_TWICE)));
        }
        LocalDate birth = c.learner().birthDate();
        String arabic = LearnerRegistrations.nameAndBirth(c.nameKey(), false, birth);
        String latin =
                c.nameKeyLatin() == null ? null : LearnerRegistrations.nameAndBirth(c.nameKeyLatin(), true, birth);
        boolean registered = takenNames.contains(arabic) || (latin != null && takenNames.contains(latin));
        boolean twice = !fileNames.add(arabic) | (latin != null && !fileNames.add(latin));
        if (registered || twice) {
            errors.add(new RowProblem(
                    c.line(),
                    Columns.LAST_NAME_AR,
                    Sentence.of(registered ? Message.IMPORT_NAME_REGISTERED : Message.IMPORT_NAME_TWICE)));
        }
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

    private static LocalDate date(Map<String, String> cells, String column, int line, List<RowProblem> errors) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, FRENCH_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new RowProblem(line, column, Sentence.of(Message.IMPORT_NOT_A_DATE, value)));
            return null;
        }
    }

    private static Sex sex(String value, int line, List<RowProblem> errors) {
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
                errors.add(new RowProblem(line, Columns.SEX, Sentence.of(Message.IMPORT_SEX)));
                return null;
            }
        }
    }

    private static <E extends Enum<E>> E enumeration(
            Class<E> type, Map<String, String> cells, String column, int line, List<RowProblem> errors) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new RowProblem(
                    line,
                    column,
                    Sentence.of(
                            Message.MUST_BE,
                            Sentence.of(
                                    Message.EXPECTED_ONE_OF,
                                    Arrays.asList(type.getEnumConstants()).stream()
                                            .map(Enum::name)
                                            .toList()))));
            return null;
        }
    }

    private static Integer integer(Map<String, String> cells, String column, int line, List<RowProblem> errors) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(new RowProblem(
                    line, column, Sentence.of(Message.MUST_BE, Sentence.of(Message.EXPECTED_WHOLE_NUMBER))));
            return null;
        }
    }

    private static List<ConsentPurpose> purposes(String value, int line, List<RowProblem> errors) {
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
                errors.add(new RowProblem(
                        line,
                        Columns.CONSENT_PURPOSES,
                        Sentence.of(
                                Message.IMPORT_PURPOSES,
                                Arrays.stream(ConsentPurpose.values())
                                        .map(Enum::name)
                                        .toList())));
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
}
