package ma.forsa.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import ma.forsa.learner.LearnerEnums.DropoutReason;
import ma.forsa.learner.LearnerEnums.Grade;
import ma.forsa.learner.LearnerEnums.GuardianRelation;
import ma.forsa.learner.LearnerEnums.Sex;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CaseViews {

    private CaseViews() {}

    @Schema(name = "Case")
    public record CaseView(
            long id,
            String directorateCode,
            Long associationId,
            Long campaignId,
            Long caravanId,
            Long stopId,
            Long foundByMemberId,
            LocalDate foundOn,
            String firstNameAr,
            String lastNameAr,
            String firstNameLatin,
            String lastNameLatin,
            Sex sex,
            LocalDate birthDate,
            Integer estimatedAge,
            String massarCode,
            String guardianName,
            GuardianRelation guardianRelation,
            String guardianPhone,
            String communeCode,
            String address,
            Grade lastGradeCompleted,
            Integer yearLeftSchool,
            DropoutReason dropoutReason,
            boolean shareConsent,
            CaseStatus status,

            @Schema(description = "The moves the follow-up allows from here (ENROLLED comes by enrolment or link)")
            java.util.List<CaseStatus> nextStatuses,

            LocalDate statusChangedOn,
            Long referredAssociationId,
            Long referredCentreId,
            String referralOverride,
            Long learnerId,
            String recordedBy,
            Instant anonymisedAt,
            long version,
            Instant createdAt,
            Instant updatedAt) {

        static CaseView of(ChildCase c) {
            return new CaseView(
                    c.id,
                    c.directorateCode,
                    c.associationId,
                    c.campaignId,
                    c.caravanId,
                    c.stopId,
                    c.foundByMemberId,
                    c.foundOn,
                    c.firstNameAr,
                    c.lastNameAr,
                    c.firstNameLatin,
                    c.lastNameLatin,
                    c.sex,
                    c.birthDate,
                    c.estimatedAge,
                    c.massarCode,
                    c.guardianName,
                    c.guardianRelation,
                    c.guardianPhone,
                    c.communeCode,
                    c.address,
                    c.lastGradeCompleted,
                    c.yearLeftSchool,
                    c.dropoutReason,
                    c.shareConsent,
                    c.status,
                    java.util.List.copyOf(c.anonymisedAt == null ? c.status.next() : java.util.Set.of()),
                    c.statusChangedOn,
                    c.referredAssociationId,
                    c.referredCentreId,
                    c.referralOverride,
                    c.learnerId,
                    c.recordedBy,
                    c.anonymisedAt,
                    c.version,
                    c.createdAt,
                    c.updatedAt);
        }
    }

    @Schema(name = "CaseStatusChange")
    public record StatusChangeView(
            long id, CaseStatus from, CaseStatus to, LocalDate on, Instant at, String by, String reason) {

        static StatusChangeView of(CaseStatusChange c) {
            return new StatusChangeView(
                    c.id, c.fromStatus, c.toStatus, c.changedOn, c.changedAt, c.changedBy, c.reason);
        }
    }

    @Schema(name = "CaseNote")
    public record NoteView(long id, LocalDate notedOn, String text, String writtenBy, Instant writtenAt) {

        static NoteView of(CaseNote n) {
            return new NoteView(n.id, n.notedOn, n.text, n.writtenBy, n.writtenAt);
        }
    }

    @Schema(name = "CaseCounts", description = "How many cases are at each step, for the follow-up board")
    public record Counts(Map<CaseStatus, Long> byStatus, long total) {}

    @Schema(name = "CaseMatch", description = "A learner or a case that may be the same child")
    public record Match(Kind kind, long id) {

        public enum Kind {
            LEARNER,
            CASE
        }
    }

    @Schema(name = "CaseEnrolment", description = "The case, now ENROLLED and linked, and the placement made")
    public record EnrolmentView(
            CaseView caseRecord,
            long learnerId,
            long placementId,
            ma.forsa.placement.PlacementStatus placementStatus) {}
}
