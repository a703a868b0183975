package ma.forsa.cases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import ma.forsa.common.validation.Formats;
import ma.forsa.learner.LearnerEnums.DropoutReason;
import ma.forsa.learner.LearnerEnums.Grade;
import ma.forsa.learner.LearnerEnums.GuardianRelation;
import ma.forsa.learner.LearnerEnums.Sex;
import ma.forsa.programme.Programme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CaseInputs {

    private CaseInputs() {}

    @Schema(
            name = "CaseInput",
            description = "A child found out of school. Few fields are required, so a team records one in under a"
                    + " minute: the names in Arabic, sex, and a birth date or an estimated age.")
    public record CaseInput(
            @NotBlank @Size(max = 100) @Schema(example = "سلمى")
            String firstNameAr,

            @NotBlank @Size(max = 100) @Schema(example = "البوعزاوي")
            String lastNameAr,

            @Size(max = 100) @Schema(example = "Salma") String firstNameLatin,
            @Size(max = 100) @Schema(example = "Bouazzaoui") String lastNameLatin,
            @NotNull Sex sex,

            @Past @Schema(description = "If known; otherwise estimatedAge")
            LocalDate birthDate,

            @Min(3)
            @Max(25)
            @Schema(description = "Age in years as the team estimates it, when the birth date is unknown")
            Integer estimatedAge,

            @Pattern(regexp = Formats.MASSAR, message = Formats.MASSAR_MESSAGE)
            @Schema(description = "For a child who was in formal school", example = "G130045678", maxLength = 10)
            String massarCode,

            @Size(max = 150) String guardianName,
            GuardianRelation guardianRelation,

            @Pattern(regexp = Formats.PHONE, message = Formats.PHONE_MESSAGE) @Size(max = 30)
            String guardianPhone,

            @Size(max = 32) String communeCode,
            @Size(max = 300) String address,

            @Schema(description = "The stop where the child was found (its caravan and campaign follow)")
            Long stopId,

            @Schema(description = "The team member (of the stop's caravan) who found the child")
            Long foundByMemberId,

            @PastOrPresent @Schema(description = "Default: the stop's day, else today")
            LocalDate foundOn,

            Grade lastGradeCompleted,
            @Min(1990) @Max(2100) Integer yearLeftSchool,
            DropoutReason dropoutReason,

            @Schema(description = "The guardian agreed that the child's record is shared with a partner association")
            boolean shareConsent,

            @Schema(
                    description =
                            "Directorate staff: the association whose team found the child (none: the directorate's)")
            Long associationId,

            @PositiveOrZero @Schema(description = "The version you read; required to update")
            Long version) {}

    @Schema(name = "CaseTransitionInput")
    public record TransitionInput(
            @NotNull CaseStatus to,

            @PastOrPresent @Schema(description = "The day it happened; default today")
            LocalDate on,

            @Size(max = 500) @Schema(description = "Why; required for DECLINED, UNREACHABLE and NOT_ELIGIBLE")
            String reason,

            @Schema(description = "REFERRED: the association the child is sent to")
            Long referredAssociationId,

            @Schema(description = "REFERRED: or the centre (its association follows)")
            Long referredCentreId,

            @Size(max = 500)
            @Schema(
                    description = "REFERRED outside the recording association without the guardian's consent to"
                            + " share: why (kept on the case)")
            String consentOverrideReason,

            @NotNull @PositiveOrZero @Schema(description = "The version you read")
            Long version) {}

    @Schema(name = "CaseNoteInput")
    public record NoteInput(
            @PastOrPresent @Schema(description = "Default today")
            LocalDate notedOn,

            @NotBlank @Size(max = 2000) String text) {}

    @Schema(
            name = "CaseEnrolmentInput",
            description = "Registers the child as a learner and places them, in one step and by the same rules as a"
                    + " registration and a placement; a refusal changes nothing")
    public record EnrolmentInput(
            @NotNull
            @Pattern(regexp = Formats.SCHOOL_YEAR, message = Formats.SCHOOL_YEAR_MESSAGE)
            @Schema(example = "2025/2026")
            String schoolYear,

            @NotNull Long centreId,

            @Schema(description = "Default: the centre's programme")
            Programme programme,

            @NotNull LocalDate enrolledOn,

            @Past @Schema(description = "Required when the case has only an estimated age")
            LocalDate birthDate,

            @Schema(description = "When the centre is full, put the child on its waiting list instead of refusing")
            boolean waitlistIfFull,

            @Size(max = 500)
            @Schema(description = "Placed with another association without the guardian's consent to share: why")
            String consentOverrideReason,

            @Schema(description = "A learner with the same name and birth date exists and is another child")
            boolean confirmDistinct) {}

    @Schema(name = "CaseLinkInput", description = "The learner this child turned out to be")
    public record LinkInput(@NotNull Long learnerId) {}

    @Schema(name = "CaseErasureInput")
    public record ErasureInput(
            @Size(max = 500) @Schema(description = "Who asked, and when")
            String reason) {}
}
