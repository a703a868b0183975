package ma.forsa.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import ma.forsa.common.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CampaignInputs {

    private CampaignInputs() {}

    @Schema(name = "CampaignInput", description = "What a campaign is; it can change until it is CLOSED")
    public record CampaignInput(
            @NotBlank
            @Size(max = 200)
            @Schema(example = "حملة التعبئة الاجتماعية من أجل التربية غير النظامية", maxLength = 200)
            String titleAr,

            @Size(max = 200)
            @Schema(example = "Campagne de mobilisation pour l'éducation non formelle", maxLength = 200)
            String titleFr,

            @NotNull
            @Pattern(regexp = Formats.SCHOOL_YEAR, message = Formats.SCHOOL_YEAR_MESSAGE)
            @Schema(example = "2025/2026")
            String schoolYear,

            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,

            @Size(max = 2000) @Schema(description = "What the campaign sets out to do", maxLength = 2000)
            String objectives,

            @Min(0) @Max(100000) @Schema(description = "How many children it hopes to bring back, if set")
            Integer targetChildren,

            @Size(max = 50)
            @Schema(description = "Communes of the directorate the campaign covers", example = "[\"LAA-LAAYOUNE\"]")
            List<@NotBlank @Size(max = 32) String> communeCodes,

            @NotEmpty @Size(max = 9) List<@NotNull Channel> channels,

            @Size(max = 50) @Schema(description = "Partner associations of the directorate taking part")
            List<@NotNull Long> associationIds,

            @PositiveOrZero @Schema(description = "The version you read; required to update")
            Long version) {}

    @Schema(name = "CampaignTransitionInput")
    public record TransitionInput(
            @NotNull CampaignStatus to,

            @Size(max = 500) @Schema(description = "Why; required to close a campaign that never started")
            String reason) {}

    @Schema(name = "CampaignReachInput", description = "People one channel reached on one day")
    public record ReachInput(
            @NotNull Channel channel,
            @NotNull LocalDate reachedOn,
            @NotNull @Min(0) @Max(1000000) Integer peopleReached,
            @Size(max = 500) @Schema(maxLength = 500) String notes) {}
}
