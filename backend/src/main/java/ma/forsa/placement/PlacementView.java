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

        long version) {}
