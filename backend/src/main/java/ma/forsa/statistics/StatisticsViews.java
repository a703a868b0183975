package ma.forsa.statistics;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class StatisticsViews {

    private StatisticsViews() {
    }

    @Schema(name = "BeneficiaryCell", description = "One combination of the dimensions asked for; the others are null")
    public record Cell(String directorate, Long associationId, String associationNameAr, Long centreId, String centreNameAr,
            String programme,
            String sex, Integer age, String nationality, String status, String outcome,
            @Schema(description = "Distinct learners; null when suppressed") Long count,
            @Schema(description = "True when the count is hidden: it is small enough to point at a child, or it would"
                    + " let one be worked out from the total") boolean suppressed) {
    }

    @Schema(name = "BeneficiaryStatistics")
    public record Beneficiaries(String schoolYear, List<String> directorates, List<Dimension> groupBy,
            @Schema(description = "Counts from 1 up to this value minus one are never shown") int minimumCount,
            @Schema(description = "Distinct learners enrolled at some time in the school year; null when suppressed")
            Long total,
            @Schema(description = "The same count for the school year before; null when unknown or suppressed")
            Long previousYearTotal, List<Cell> cells) {
    }
}
