package ma.forsa.placement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.i18n.Sentence;
import ma.forsa.common.problem.ApiProblem;
import ma.forsa.common.problem.ApiProblem.FieldText;
import ma.forsa.common.problem.ProblemType;
import ma.forsa.programme.Programme;
import ma.forsa.schoolyear.AgeBand;
import ma.forsa.schoolyear.SchoolYear;

/**
 * The rules of a placement that need no database, written once: a single placement ({@link PlacementService}) and a
 * file of them (the import) refuse the same things with the same words. Each answers the refusal, or nothing.
 */
public final class PlacementRules {

    private PlacementRules() {}

    /** An enrolment (or a transfer, which enrols at the new centre) happens within its school year. */
    public static Optional<ApiProblem> within(SchoolYear year, LocalDate day, String field) {
        if (day == null || year.includes(day)) {
            return Optional.empty();
        }
        return Optional.of(new ApiProblem(
                ProblemType.VALIDATION, year.outside(), List.of(new FieldText(field, year.outside())), Map.of()));
    }

    /** A centre runs one programme. */
    public static Optional<ApiProblem> runs(Programme centreRuns, Programme asked, String field) {
        return centreRuns == asked
                ? Optional.empty()
                : Optional.of(ApiProblem.invalid(field, Message.CENTRE_RUNS_ANOTHER_PROGRAMME, centreRuns, asked));
    }

    /** A closed centre takes nobody. */
    public static Optional<ApiProblem> open(boolean active, String field) {
        return active ? Optional.empty() : Optional.of(ApiProblem.conflict(field, Message.CENTRE_CLOSED));
    }

    /**
     * The learner's age at the year's reference date lies in the programme's band; the refusal says the age, the
     * bands and which programmes the learner could join.
     */
    public static Optional<ApiProblem> eligible(
            int age, SchoolYear year, Programme programme, Map<Programme, AgeBand> bands) {
        AgeBand band = bands.get(programme);
        if (band != null && band.admits(age)) {
            return Optional.empty();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("age", age);
        details.put("referenceDate", year.ageReferenceDate.toString());
        Map<String, Map<String, Integer>> described = new LinkedHashMap<>();
        bands.forEach((p, b) -> described.put(p.name(), Map.of("minAge", b.minAge, "maxAge", b.maxAge)));
        details.put("bands", described);
        details.put(
                "eligibleProgrammes",
                bands.values().stream()
                        .filter(b -> b.admits(age))
                        .map(b -> b.programme)
                        .toList());
        Sentence why = band == null
                ? Sentence.of(Message.AGE_NO_BAND, age, year.ageReferenceDate, year.code, programme)
                : Sentence.of(
                        Message.AGE_OUTSIDE_BAND,
                        age,
                        year.ageReferenceDate,
                        year.code,
                        programme,
                        band.minAge,
                        band.maxAge);
        return Optional.of(new ApiProblem(
                ProblemType.UNPROCESSABLE,
                why,
                List.of(FieldText.of("programme", Message.AGE_OUTSIDE_BAND_FIELD, age)),
                details));
    }

    /** No free place at the centre this year. */
    public static ApiProblem full(SchoolYear year, int capacity, int classCap) {
        return new ApiProblem(ProblemType.CENTRE_FULL, Message.CENTRE_FULL, year.code, capacity, classCap)
                .with(Map.of("capacity", capacity, "classCap", classCap));
    }

    /**
     * A child's record goes from the association that recorded it to another (a placement, a transfer, a referral)
     * only with the guardian's consent to share, or with a reason to do without it, which is kept. Returns that
     * reason, or null when none is needed.
     */
    public static String consentToShare(Long recordedBy, Long sentTo, boolean consented, String overrideReason) {
        boolean sharing = recordedBy != null && !recordedBy.equals(sentTo);
        if (!sharing || consented) {
            return null;
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            throw new ApiProblem(
                    ProblemType.CONSENT_REQUIRED,
                    Sentence.of(Message.CONSENT_TO_SHARE_REQUIRED),
                    List.of(FieldText.of("consentOverrideReason", Message.OVERRIDE_REASON_REQUIRED)),
                    Map.of());
        }
        return overrideReason.strip();
    }
}
