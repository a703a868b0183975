package ma.forsa.schoolyear;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.problem.ApiProblem;
import ma.forsa.common.problem.ProblemType;
import ma.forsa.common.security.Caller;
import ma.forsa.programme.Programme;
import ma.forsa.schoolyear.SchoolYearInputs.BandInput;
import ma.forsa.schoolyear.SchoolYearInputs.ProgrammeBandInput;
import ma.forsa.schoolyear.SchoolYearInputs.SchoolYearInput;
import ma.forsa.schoolyear.SchoolYearViews.BandView;
import ma.forsa.schoolyear.SchoolYearViews.EligibilityView;
import ma.forsa.schoolyear.SchoolYearViews.ProgrammeEligibility;
import ma.forsa.schoolyear.SchoolYearViews.SchoolYearView;

/** School years, their age bands (defaults and per-directorate), and the age rule. */
@ApplicationScoped
@Transactional
public class SchoolYearService {

    static final Map<Programme, int[]> DEFAULT_BANDS = Map.of(
            Programme.NFE_BASIC, new int[] {8, 15},
            Programme.E2C_NG, new int[] {15, 18});

    @Inject
    SchoolYearRepository years;

    @Inject
    Caller caller;

    private final Map<String, Long> idsByCode = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Long, String> codesById = new java.util.concurrent.ConcurrentHashMap<>();

    /** The school year of a code, or the refusal of the field that named it: the one way features find a year. */
    public SchoolYear byCode(String code, String field) {
        return years.findByCode(code).orElseThrow(() -> ApiProblem.invalid(field, Message.NO_SUCH_SCHOOL_YEAR, code));
    }

    /**
     * A list's filter by school year: the year's id, or one no row has when the code names no year. A year's code
     * and id never change (years are created, not edited or removed), so each instance keeps them once read.
     */
    public long idForFilter(String code) {
        Long known = idsByCode.get(code);
        if (known != null) {
            return known;
        }
        return years.findByCode(code).map(this::remember).orElse(-1L);
    }

    /** The code of a year (2025/2026), read once per instance. */
    public String code(long id) {
        String known = codesById.get(id);
        if (known != null) {
            return known;
        }
        SchoolYear year = find(id);
        remember(year);
        return year.code;
    }

    /** The codes of these years, the ones not yet known read in one query. */
    public Map<Long, String> codes(java.util.Collection<Long> ids) {
        List<Long> unknown =
                ids.stream().filter(id -> !codesById.containsKey(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            ma.forsa.common.persistence.ByIds.of(years, unknown, y -> y.id)
                    .values()
                    .forEach(this::remember);
        }
        Map<Long, String> found = new java.util.HashMap<>();
        ids.forEach(id -> found.put(id, codesById.get(id)));
        return found;
    }

    private long remember(SchoolYear year) {
        idsByCode.put(year.code, year.id);
        codesById.put(year.id, year.code);
        return year.id;
    }

    public SchoolYear byId(long id) {
        return find(id);
    }

    /** The year before, when it is recorded (2024/2025 for 2025/2026). */
    public Optional<SchoolYear> previous(SchoolYear year) {
        int first = Integer.parseInt(year.code.substring(0, 4));
        return years.findByCode((first - 1) + "/" + first);
    }

    public List<SchoolYear> all() {
        return years.listAll(io.quarkus.panache.common.Sort.by("startsOn").descending());
    }

    public List<SchoolYearView> list() {
        return allWithBands(caller.directorate().orElse(null)).entrySet().stream()
                .map(e -> view(e.getKey(), e.getValue()))
                .toList();
    }

    /** Every year, newest first, with a directorate's effective bands: two queries, however many years. */
    public Map<SchoolYear, Map<Programme, AgeBand>> allWithBands(String directorate) {
        List<SchoolYear> all = all();
        Map<Long, List<AgeBand>> bands = years.bands(all.stream().map(y -> y.id).toList(), directorate).stream()
                .collect(java.util.stream.Collectors.groupingBy(b -> b.schoolYearId));
        Map<SchoolYear, Map<Programme, AgeBand>> found = new java.util.LinkedHashMap<>();
        all.forEach(y -> found.put(y, effective(bands.getOrDefault(y.id, List.of()))));
        return found;
    }

    public SchoolYearView get(long id) {
        return view(find(id));
    }

    public SchoolYearView create(SchoolYearInput input) {
        int first = Integer.parseInt(input.code().substring(0, 4));
        if (Integer.parseInt(input.code().substring(5)) != first + 1) {
            throw ApiProblem.invalid("code", Message.SCHOOL_YEAR_CODE_SEQUENCE);
        }
        if (input.startsOn().getYear() != first) {
            throw ApiProblem.invalid("startsOn", Message.SCHOOL_YEAR_STARTS_IN, first);
        }
        if (!input.endsOn().isAfter(input.startsOn())) {
            throw ApiProblem.invalid("endsOn", Message.ENDS_AFTER_START);
        }
        if (years.findByCode(input.code()).isPresent()) {
            throw ApiProblem.conflict("code", Message.SCHOOL_YEAR_EXISTS, input.code());
        }
        Map<Programme, int[]> bands = bandsOf(input.bands());
        SchoolYear year = new SchoolYear();
        year.code = input.code();
        year.startsOn = input.startsOn();
        year.endsOn = input.endsOn();
        year.ageReferenceDate =
                input.ageReferenceDate() != null ? input.ageReferenceDate() : LocalDate.of(first, 12, 31);
        years.persist(year);
        bands.forEach((programme, ages) -> years.persist(band(year.id, programme, null, ages[0], ages[1])));
        years.flush();
        return view(year);
    }

    /** Sets the caller's directorate's own band for a programme in a school year. */
    public SchoolYearView setDirectorateBand(long yearId, Programme programme, BandInput input) {
        SchoolYear year = find(yearId);
        requireAgeBanded(programme);
        requireOrdered(input.minAge(), input.maxAge(), "maxAge");
        String directorate = requireDirectorate();
        AgeBand band = years.band(yearId, programme, directorate).orElseGet(() -> {
            AgeBand created = band(yearId, programme, directorate, input.minAge(), input.maxAge());
            years.persist(created);
            return created;
        });
        band.minAge = input.minAge();
        band.maxAge = input.maxAge();
        years.flush();
        return view(year);
    }

    /** Removes the caller's directorate's own band: the year's default applies again. */
    public void clearDirectorateBand(long yearId, Programme programme) {
        find(yearId);
        requireAgeBanded(programme);
        AgeBand band = years.band(yearId, programme, requireDirectorate())
                .orElseThrow(
                        () -> new ApiProblem(ProblemType.NOT_FOUND, Message.NOT_FOUND_DIRECTORATE_BAND, programme));
        years.remove(band);
    }

    public EligibilityView eligibility(LocalDate birthDate, String schoolYearCode) {
        SchoolYear year = years.findByCode(schoolYearCode)
                .orElseThrow(() -> ApiProblem.invalid("schoolYear", Message.NO_SUCH_SCHOOL_YEAR, schoolYearCode));
        if (!birthDate.isBefore(year.ageReferenceDate)) {
            throw ApiProblem.invalid("birthDate", Message.BORN_BEFORE_REFERENCE_DATE, year.ageReferenceDate);
        }
        String directorate = caller.directorate().orElse(null);
        int age = AgeRule.ageAt(birthDate, year.ageReferenceDate);
        List<ProgrammeEligibility> programmes = new ArrayList<>();
        for (AgeBand band : effectiveBands(year.id, directorate).values()) {
            programmes.add(new ProgrammeEligibility(
                    band.programme, band.minAge, band.maxAge, BandView.of(band).source(), band.admits(age)));
        }
        List<Programme> eligible = programmes.stream()
                .filter(ProgrammeEligibility::eligible)
                .map(ProgrammeEligibility::programme)
                .toList();
        return new EligibilityView(year.code, year.ageReferenceDate, birthDate, age, directorate, programmes, eligible);
    }

    /** Per age-banded programme, the directorate's own band when it has one, else the default. */
    public Map<Programme, AgeBand> effectiveBands(long yearId, String directorate) {
        return effective(years.bands(yearId, directorate));
    }

    private static Map<Programme, AgeBand> effective(List<AgeBand> bands) {
        Map<Programme, AgeBand> effective = new EnumMap<>(Programme.class);
        for (AgeBand band : bands) {
            AgeBand current = effective.get(band.programme);
            if (current == null || current.directorateCode == null) {
                effective.put(band.programme, band);
            }
        }
        return effective;
    }

    private SchoolYearView view(SchoolYear year) {
        return view(year, effectiveBands(year.id, caller.directorate().orElse(null)));
    }

    private static SchoolYearView view(SchoolYear year, Map<Programme, AgeBand> effective) {
        List<BandView> bands = effective.values().stream().map(BandView::of).toList();
        return new SchoolYearView(
                year.id, year.code, year.startsOn, year.endsOn, year.ageReferenceDate, year.version, bands);
    }

    private SchoolYear find(long id) {
        return years.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound(Message.NOT_FOUND_SCHOOL_YEAR, id));
    }

    private String requireDirectorate() {
        return caller.directorate().orElseThrow(() -> new ApiProblem(ProblemType.FORBIDDEN, Message.NO_DIRECTORATE));
    }

    private static Map<Programme, int[]> bandsOf(List<ProgrammeBandInput> inputs) {
        Map<Programme, int[]> bands = new EnumMap<>(Programme.class);
        bands.putAll(DEFAULT_BANDS);
        if (inputs == null) {
            return bands;
        }
        List<Programme> seen = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ProgrammeBandInput input = inputs.get(i);
            String field = "bands[" + i + "]";
            if (!input.programme().ageBanded) {
                throw ApiProblem.invalid(field + ".programme", Message.PROGRAMME_WITHOUT_AGE_BAND, input.programme());
            }
            if (seen.contains(input.programme())) {
                throw ApiProblem.invalid(field + ".programme", Message.PROGRAMME_GIVEN_TWICE, input.programme());
            }
            seen.add(input.programme());
            requireOrdered(input.minAge(), input.maxAge(), field + ".maxAge");
            bands.put(input.programme(), new int[] {input.minAge(), input.maxAge()});
        }
        return bands;
    }

    private static void requireAgeBanded(Programme programme) {
        if (!programme.ageBanded) {
            throw ApiProblem.invalid("programme", Message.PROGRAMME_WITHOUT_AGE_BAND, programme);
        }
    }

    private static void requireOrdered(int min, int max, String field) {
        if (min > max) {
            throw ApiProblem.invalid(field, Message.MAX_AGE_BELOW_MIN, min);
        }
    }

    private static AgeBand band(long yearId, Programme programme, String directorate, int min, int max) {
        AgeBand band = new AgeBand();
        band.schoolYearId = yearId;
        band.programme = programme;
        band.directorateCode = directorate;
        band.minAge = min;
        band.maxAge = max;
        return band;
    }
}
