package ma.forsa.placement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import ma.forsa.common.validation.Formats;
import ma.forsa.programme.Programme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class PlacementInputs {

    private PlacementInputs() {}

    @Schema(name = "PlacementInput")
    public record PlacementInput(
            @NotNull Long learnerId,
            @NotNull Long centreId,

            @NotNull
            @Pattern(regexp = Formats.SCHOOL_YEAR, message = Formats.SCHOOL_YEAR_MESSAGE)
            @Schema(example = "2025/2026")
            String schoolYear,

            @Schema(description = "Default: the centre's programme")
            Programme programme,

            @NotNull
            @Schema(
                    description = "The day the learner starts; within the school year (the app proposes today while"
                            + " the year runs, otherwise its first day). A learner put on the waiting list is enrolled on the day a"
                            + " place is freed.")
            LocalDate enrolledOn,

            @Schema(description = "When the centre is full, put the learner on its waiting list instead of refusing")
            boolean waitlistIfFull,

            @Size(max = 500)
            @Schema(
                    description = "Why the learner is placed with another association than the one that"
                            + " recorded them although the guardian did not consent to sharing (kept on the placement)")
            String consentOverrideReason) {}

    @Schema(name = "PlacementEndInput")
    public record EndInput(
            @NotNull Outcome outcome,
            @Schema(description = "Default today") LocalDate endedOn) {}

    @Schema(name = "PlacementTransferInput")
    public record TransferInput(
            @NotNull Long centreId,

            @NotNull
            @Schema(
                    description = "The day the learner starts at the new centre: within the school year, on or after"
                            + " the enrolment date")
            LocalDate transferredOn,

            @Size(max = 500)
            @Schema(
                    description = "Why the learner moves to another association without the guardian's"
                            + " consent to sharing (kept on the new placement)")
            String consentOverrideReason) {}
}
