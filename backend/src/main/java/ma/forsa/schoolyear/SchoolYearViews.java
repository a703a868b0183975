package ma.forsa.schoolyear;

import java.time.LocalDate;
import java.util.List;
import ma.forsa.programme.Programme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class SchoolYearViews {

    private SchoolYearViews() {}

    public enum BandSource {
        /** The school year's band, for every directorate without its own. */
        DEFAULT,
        /** The caller's directorate's own band for that year. */
        DIRECTORATE
    }

    @Schema(name = "AgeBand", description = "The ages (in whole years at the reference date) a programme takes")
    public record BandView(Programme programme, int minAge, int maxAge, BandSource source, String directorateCode) {
        static BandView of(AgeBand band) {
            return new BandView(
                    band.programme,
                    band.minAge,
                    band.maxAge,
                    band.directorateCode == null ? BandSource.DEFAULT : BandSource.DIRECTORATE,
                    band.directorateCode);
        }
    }

    @Schema(name = "SchoolYear", description = "A school year with the bands in force for the caller's directorate")
    public record SchoolYearView(
            long id,
            String code,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate ageReferenceDate,
            long version,
            List<BandView> bands) {}

    @Schema(name = "ProgrammeEligibility")
    public record ProgrammeEligibility(
            Programme programme, int minAge, int maxAge, BandSource source, boolean eligible) {}

    @Schema(name = "Eligibility", description = "Which programmes a birth date gives access to in a school year")
    public record EligibilityView(
            String schoolYear,
            LocalDate referenceDate,
            LocalDate birthDate,
            int age,
            String directorateCode,
            List<ProgrammeEligibility> programmes,
            List<Programme> eligibleProgrammes) {}
}
