package ma.forsa.learner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ma.forsa.learner.LearnerEnums.ConsentPurpose;
import ma.forsa.learner.LearnerEnums.DropoutReason;
import ma.forsa.learner.LearnerEnums.Grade;
import ma.forsa.learner.LearnerEnums.GuardianRelation;
import ma.forsa.learner.LearnerEnums.Sex;
import ma.forsa.placement.CurrentPlacement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Learner")
public record LearnerView(
        long id,
        String directorateCode,
        Long associationId,
        String firstNameAr,
        String lastNameAr,
        String firstNameLatin,
        String lastNameLatin,
        LocalDate birthDate,
        Sex sex,
        String nationality,
        String massarCode,
        String guardianName,
        GuardianRelation guardianRelation,
        String guardianPhone,
        String communeCode,
        String address,
        Grade lastGradeCompleted,
        Integer yearLeftSchool,
        DropoutReason dropoutReason,
        String dropoutReasonDetail,
        String consentGivenBy,
        GuardianRelation consentRelation,
        LocalDate consentGivenOn,
        List<ConsentPurpose> consentPurposes,

        @Schema(description = "When the learner's personal fields were erased on request; null while they are kept")
        Instant anonymisedAt,

        @Schema(
                description =
                        "Where the learner is now: their enrolment or waiting place of the newest school year, as far"
                                + " as the caller may see it; null when they have none")
        CurrentPlacement currentPlacement,

        long version,
        Instant createdAt,
        Instant updatedAt) {

    static LearnerView of(Learner l, CurrentPlacement current) {
        return new LearnerView(
                l.id,
                l.directorateCode,
                l.associationId,
                l.firstNameAr,
                l.lastNameAr,
                l.firstNameLatin,
                l.lastNameLatin,
                l.birthDate,
                l.sex,
                l.nationality,
                l.massarCode,
                l.guardianName,
                l.guardianRelation,
                l.guardianPhone,
                l.communeCode,
                l.address,
                l.lastGradeCompleted,
                l.yearLeftSchool,
                l.dropoutReason,
                l.dropoutReasonDetail,
                l.consentGivenBy,
                l.consentRelation,
                l.consentGivenOn,
                l.consentPurposes.stream().sorted().toList(),
                l.anonymisedAt,
                current,
                l.version,
                l.createdAt,
                l.updatedAt);
    }
}
