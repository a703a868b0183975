package ma.forsa.placement;

import ma.forsa.programme.Programme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a learner is now: their open (enrolled or waiting) placement, as lists show it beside their name. */
@Schema(name = "CurrentPlacement")
public record CurrentPlacement(
        long learnerId,
        long placementId,
        PlacementStatus status,
        Programme programme,
        long centreId,
        String centreNameAr,
        String centreNameFr,
        long associationId,
        String schoolYear) {}
