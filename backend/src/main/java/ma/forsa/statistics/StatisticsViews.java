package ma.forsa.statistics;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class StatisticsViews {

    private StatisticsViews() {}

    @Schema(name = "BeneficiaryCell", description = "One combination of the dimensions asked for; the others are null")
    public record Cell(
            String directorate,
            Long associationId,
            String associationNameAr,
            Long centreId,
            String centreNameAr,
            String programme,
            String sex,
            Integer age,
            String nationality,
            String status,
            String outcome,

            @Schema(description = "Distinct learners, rounded to roundedTo")
            long count,

            @Schema(
                    description = "The same group in the school year before (0 when it had none), rounded; null when"
                            + " there is no year before or the group was too small then")
            Long previousYearCount,

            @Schema(
                    description = "Change on the year before in %, one decimal, from the published counts; null when"
                            + " the year before is unknown, too small or 0",
                    example = "112.5")
            Double changePercent) {}

    @Schema(name = "BeneficiaryStatistics")
    public record Beneficiaries(
            String schoolYear,
            List<String> directorates,
            List<Dimension> groupBy,

            @Schema(description = "Groups with fewer learners than this are not listed (1: every group is)")
            int minimumCount,

            @Schema(description = "Counts are rounded to a multiple of this (1: exact)")
            int roundedTo,

            @Schema(description = "How many groups are not listed because they are too small")
            int hiddenCells,

            @Schema(
                    description =
                            "Distinct learners enrolled at some time in the school year, rounded; null when too small")
            Long total,

            @Schema(description = "The same count for the school year before; null when unknown or too small")
            Long previousYearTotal,

            @Schema(description = "Change of the total on the year before in %, one decimal; null when unknown")
            Double changePercent,

            List<Cell> cells) {}
}
