package ma.forsa.support;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ma.forsa.common.validation.Formats;
import ma.forsa.learner.LearnerEnums.Grade;
import ma.forsa.learner.LearnerEnums.Sex;
import ma.forsa.support.SupportEnums.ActivityCategory;
import ma.forsa.support.SupportEnums.ActivityKind;
import ma.forsa.support.SupportEnums.PupilStatus;
import ma.forsa.support.SupportEnums.RiskSignal;
import ma.forsa.support.SupportEnums.SupportAction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the support API accepts and answers. */
public final class SupportRecords {

    private SupportRecords() {}

    @Schema(name = "AttendanceInput")
    public record AttendanceInput(@NotNull Long learnerId, boolean present) {}

    @Schema(name = "SupportActivityInput")
    public record ActivityInput(
            @NotNull Long centreId,
            @NotNull ActivityKind kind,
            @Schema(description = "PARALLEL_ACTIVITY only") ActivityCategory category,
            @NotBlank @Size(max = 200) String title,
            @NotNull @PastOrPresent LocalDate heldOn,
            @NotNull @Min(1) @Max(1440) Integer durationMinutes,
            @Size(max = 150) String facilitator,
            @Size(max = 1000) String notes,
            @Size(max = 200) List<@NotNull @Valid AttendanceInput> attendance,

            @PositiveOrZero @Schema(description = "The version you read; required to update")
            Long version) {}

    @Schema(name = "Attendance")
    public record AttendanceView(long learnerId, boolean present) {}

    @Schema(name = "SupportActivity")
    public record ActivityView(
            long id,
            long associationId,
            long centreId,
            ActivityKind kind,
            ActivityCategory category,
            String title,
            LocalDate heldOn,
            int durationMinutes,
            String facilitator,
            String notes,
            List<AttendanceView> attendance,
            int present,
            long version,
            Instant createdAt) {}

    @Schema(name = "AtRiskPupilInput")
    public record PupilInput(
            @NotBlank @Size(max = 100) String firstNameAr,
            @NotBlank @Size(max = 100) String lastNameAr,
            @NotNull @Past LocalDate birthDate,
            @NotNull Sex sex,

            @Pattern(regexp = Formats.MASSAR, message = Formats.MASSAR_MESSAGE) @Schema(maxLength = 10)
            String massarCode,

            @NotBlank @Size(max = 200) String schoolName,
            @NotNull Grade grade,

            @Pattern(regexp = Formats.PHONE, message = Formats.PHONE_MESSAGE) @Size(max = 30)
            String guardianPhone,

            @NotNull @Size(min = 1, max = 7) List<@NotNull RiskSignal> signals,
            PupilStatus status,
            @PositiveOrZero Long version) {}

    @Schema(name = "AtRiskActionInput")
    public record ActionInput(
            @NotNull @PastOrPresent LocalDate actedOn,
            @NotNull SupportAction action,
            @Size(max = 500) String note) {}

    @Schema(name = "AtRiskAction")
    public record ActionView(
            long id, LocalDate actedOn, SupportAction action, String note, String recordedBy, Instant recordedAt) {}

    @Schema(name = "AtRiskPupil")
    public record PupilView(
            long id,
            long associationId,
            String firstNameAr,
            String lastNameAr,
            LocalDate birthDate,
            Sex sex,
            String massarCode,
            String schoolName,
            Grade grade,
            String guardianPhone,
            List<RiskSignal> signals,
            PupilStatus status,
            List<ActionView> actions,
            long version,
            Instant createdAt) {}
}
