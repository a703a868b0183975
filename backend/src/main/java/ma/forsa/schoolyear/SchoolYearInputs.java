package ma.forsa.schoolyear;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import ma.forsa.common.validation.Formats;
import ma.forsa.programme.Programme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class SchoolYearInputs {

    private SchoolYearInputs() {}

    @Schema(name = "AgeBandInput")
    public record BandInput(
            @NotNull @Min(0) @Max(30) Integer minAge,
            @NotNull @Min(0) @Max(30) Integer maxAge) {}

    @Schema(name = "ProgrammeAgeBandInput")
    public record ProgrammeBandInput(
            @NotNull Programme programme,
            @NotNull @Min(0) @Max(30) Integer minAge,
            @NotNull @Min(0) @Max(30) Integer maxAge) {}

    @Schema(name = "SchoolYearInput")
    public record SchoolYearInput(
            @NotNull
            @Pattern(regexp = Formats.SCHOOL_YEAR, message = Formats.SCHOOL_YEAR_MESSAGE)
            @Schema(example = "2026/2027")
            String code,

            @NotNull @Schema(example = "2026-09-01") LocalDate startsOn,
            @NotNull @Schema(example = "2027-07-31") LocalDate endsOn,

            @Schema(description = "Date ages are counted at; default 31 December of the first year")
            LocalDate ageReferenceDate,

            @Valid
            @Size(max = 4)
            @Schema(description = "Default bands of the age-banded programmes; default NFE_BASIC 8-15, E2C_NG 15-18")
            List<@NotNull @Valid ProgrammeBandInput> bands) {}
}
