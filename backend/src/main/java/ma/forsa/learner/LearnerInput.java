package ma.forsa.learner;

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
import java.util.List;
import ma.forsa.common.validation.Formats;
import ma.forsa.learner.LearnerEnums.ConsentPurpose;
import ma.forsa.learner.LearnerEnums.DropoutReason;
import ma.forsa.learner.LearnerEnums.Grade;
import ma.forsa.learner.LearnerEnums.GuardianRelation;
import ma.forsa.learner.LearnerEnums.Sex;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LearnerInput")
public record LearnerInput(
        @NotBlank @Size(max = 100) @Schema(example = "فاطمة الزهراء")
        String firstNameAr,

        @NotBlank @Size(max = 100) @Schema(example = "العلوي")
        String lastNameAr,

        @Size(max = 100) @Schema(example = "Fatima Zahra") String firstNameLatin,
        @Size(max = 100) @Schema(example = "El Alaoui") String lastNameLatin,
        @NotNull @Past @Schema(example = "2010-05-14") LocalDate birthDate,
        @NotNull Sex sex,

        @Pattern(regexp = Formats.COUNTRY, message = Formats.COUNTRY_MESSAGE)
        @Schema(description = "ISO 3166-1 alpha-2; default MA", example = "MA", maxLength = 2)
        String nationality,

        @Pattern(regexp = Formats.MASSAR, message = Formats.MASSAR_MESSAGE)
        @Schema(
                description = "National student code, for those who were in formal school",
                example = "G130045678",
                maxLength = 10)
        String massarCode,

        @Size(max = 150) String guardianName,
        GuardianRelation guardianRelation,

        @Pattern(regexp = Formats.PHONE, message = Formats.PHONE_MESSAGE) @Size(max = 30)
        String guardianPhone,

        @Size(max = 32) String communeCode,
        @Size(max = 300) String address,
        Grade lastGradeCompleted,
        @Min(1990) @Max(2100) Integer yearLeftSchool,
        DropoutReason dropoutReason,
        @Size(max = 500) String dropoutReasonDetail,

        @Size(max = 150) @Schema(description = "Who gave the consent")
        String consentGivenBy,

        GuardianRelation consentRelation,
        @PastOrPresent LocalDate consentGivenOn,
        @Size(max = 4) List<@NotNull ConsentPurpose> consentPurposes,

        @Schema(description = "Directorate staff: the association that follows the learner (optional)")
        Long associationId,

        @PositiveOrZero @Schema(description = "The version you read; required to update")
        Long version) {}
