package ma.forsa.placement;

import java.time.Instant;
import java.time.LocalDate;
import ma.forsa.programme.Programme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Placement")
public record PlacementView(
        long id,
        long learnerId,
        String learnerNameAr,
        String learnerNameLatin,
        long centreId,
        String centreNameAr,
        String centreNameFr,
        String schoolYear,
        Programme programme,
        PlacementStatus status,
        Integer classNumber,

        @Schema(description = "Position on the centre's waiting list (1 = next), when WAITING")
        Integer waitingPosition,

        int ageAtReference,
        Instant requestedAt,
        LocalDate enrolledOn,
        LocalDate endedOn,
        Outcome outcome,
        Long transferredFromId,
        Long transferredToId,

        @Schema(description = "Why the learner was placed with another association without consent to share, if so")
        String consentOverrideReason,

        long version) {

    /** For the change feed: the learner's names live in the learner's own record; the reason only when granted. */
    public PlacementView forFeed(boolean withPersonalData) {
        return new PlacementView(
                id,
                learnerId,
                null,
                null,
                centreId,
                centreNameAr,
                centreNameFr,
                schoolYear,
                programme,
                status,
                classNumber,
                waitingPosition,
                ageAtReference,
                requestedAt,
                enrolledOn,
                endedOn,
                outcome,
                transferredFromId,
                transferredToId,
                withPersonalData ? consentOverrideReason : null,
                version);
    }
}
