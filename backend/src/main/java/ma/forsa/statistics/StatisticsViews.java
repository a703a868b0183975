package ma.forsa.statistics;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class StatisticsViews {

    static final String HIDDEN_CELLS = "How many groups are not listed because they are too small: given with exact"
            + " counts (where it is 0); null for readers of rounded counts, since the number would tell which of the"
            + " groups not listed have children";

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
            Double changePercent) {

        /** The same group with the Arabic names of its association and centre. */
        Cell withNames(String associationNameAr, String centreNameAr) {
            return new Cell(
                    directorate,
                    associationId,
                    associationNameAr,
                    centreId,
                    centreNameAr,
                    programme,
                    sex,
                    age,
                    nationality,
                    status,
                    outcome,
                    count,
                    previousYearCount,
                    changePercent);
        }

        /** The same group with these counts: its own, the year before's and the change between them. */
        Cell withCounts(long count, Long previousYearCount, Double changePercent) {
            return new Cell(
                    directorate,
                    associationId,
                    associationNameAr,
                    centreId,
                    centreNameAr,
                    programme,
                    sex,
                    age,
                    nationality,
                    status,
                    outcome,
                    count,
                    previousYearCount,
                    changePercent);
        }
    }

    @Schema(name = "BeneficiaryStatistics")
    public record Beneficiaries(
            String schoolYear,
            List<String> directorates,
            List<Dimension> groupBy,

            @Schema(description = "Groups with fewer learners than this are not listed (1: every group is)")
            int minimumCount,

            @Schema(
                    description = "Counts are rounded to a multiple of this after a small noise keyed by the group's"
                            + " children (1: exact)")
            int roundedTo,

            @Schema(description = HIDDEN_CELLS, nullable = true)
            Integer hiddenCells,

            @Schema(
                    description =
                            "Distinct learners enrolled at some time in the school year, rounded; null when too small")
            Long total,

            @Schema(description = "The same count for the school year before; null when unknown or too small")
            Long previousYearTotal,

            @Schema(description = "Change of the total on the year before in %, one decimal; null when unknown")
            Double changePercent,

            @Schema(
                    description = "The headline: each programme's beneficiaries beside the year before and the change,"
                            + " whatever the groups asked for (published as the cells are)")
            List<Cell> programmes,

            List<Cell> cells) {}

    @Schema(
            name = "FunnelCell",
            description = "The children identified in one group (the dimensions asked for; the others are null), how"
                    + " far they went, and the conversion between the steps")
    public record FunnelCell(
            String directorate,
            Long campaignId,
            String campaignTitleAr,
            Long caravanId,
            String caravanName,
            String sex,

            @Schema(description = "The association that found the children (null: the directorate's own team)")
            Long associationId,

            String associationNameAr,

            @Schema(description = "The centre they were referred to (null: none yet)")
            Long centreId,

            String centreNameAr,

            @Schema(description = "That centre's programme (null: none yet)")
            String programme,

            @Schema(description = "Whole years at the school year's reference date")
            Integer age,

            @Schema(description = "Children identified (found) in the school year")
            Long identified,

            @Schema(description = "Of them, reached at least CONTACTED (contacted, referred or enrolled)")
            Long contacted,

            @Schema(description = "Of them, reached at least REFERRED (referred or enrolled)")
            Long referred,

            @Schema(description = "Of them, ENROLLED") Long enrolled,
            @Schema(description = "Now DECLINED") Long declined,
            @Schema(description = "Now UNREACHABLE") Long unreachable,
            @Schema(description = "NOT_ELIGIBLE") Long notEligible,

            @Schema(description = "contacted / identified in %, one decimal", example = "81.3")
            Double contactRate,

            @Schema(description = "referred / contacted in %")
            Double referralRate,

            @Schema(description = "enrolled / referred in %")
            Double enrolmentRate,

            @Schema(description = "enrolled / identified in %: the funnel from end to end")
            Double overallRate,

            @Schema(
                    description = "Median days from identification to enrolment; null when fewer enrolled"
                            + " children than minimumCount")
            Double medianDaysToEnrolment) {}

    @Schema(name = "OutreachFunnel")
    public record OutreachFunnel(
            String schoolYear,
            List<String> directorates,
            List<FunnelDimension> groupBy,

            @Schema(description = "Groups with fewer identified children than this are not listed (1: every group is)")
            int minimumCount,

            @Schema(
                    description = "Counts are rounded to a multiple of this after a small noise keyed by the group's"
                            + " children (1: exact)")
            int roundedTo,

            @Schema(description = HIDDEN_CELLS, nullable = true)
            Integer hiddenCells,

            @Schema(description = "Every group together (the same steps and rates)")
            FunnelCell total,

            List<FunnelCell> cells) {}

    @Schema(name = "ProgrammeProgress", description = "An agreement's target for a programme and what was reached")
    public record ProgrammeProgress(
            ma.forsa.programme.Programme programme,
            int target,

            @Schema(
                    description = "Distinct learners enrolled in the school year in the programme at the"
                            + " agreement's centres (the association's, when it lists none), published as every"
                            + " count; null when too small to publish")
            Long actual,

            @Schema(description = "actual / target in %, one decimal", example = "93.5")
            Double achievedPercent) {}

    @Schema(name = "AgreementProgress", description = "One agreement of the school year: its targets and its money")
    public record AgreementProgress(
            long agreementId,
            String reference,
            String directorate,
            long associationId,
            ma.forsa.agreement.AgreementStatus status,
            List<ProgrammeProgress> programmes,
            java.math.BigDecimal budgetMad,

            @Schema(description = "The tranches due by the day asked about (today), and their amount")
            int tranchesDue,

            java.math.BigDecimal dueMad,
            @Schema(description = "Of them, paid") int tranchesPaid,
            java.math.BigDecimal paidMad,
            @Schema(description = "Due and not paid") int tranchesOverdue,
            java.math.BigDecimal overdueMad) {}

    @Schema(name = "AgreementsProgress")
    public record AgreementsProgress(
            String schoolYear,
            List<String> directorates,
            java.time.LocalDate asOf,
            int minimumCount,
            int roundedTo,
            List<AgreementProgress> agreements) {}

    @Schema(name = "OutcomeCount")
    public record OutcomeCount(
            ma.forsa.placement.Outcome outcome,

            @Schema(
                    description = "Distinct learners whose placement ended so, published as every count; null when too"
                            + " small")
            Long count,

            @Schema(
                    description = "Of the learners who ended with a destination, in %, one decimal, from the published"
                            + " counts",
                    example = "41.5")
            Double ratePercent) {}

    @Schema(name = "OutcomeCell", description = "One combination of the dimensions asked for; the others are null")
    public record OutcomeCell(
            String directorate,
            Long associationId,
            String associationNameAr,
            Long centreId,
            String centreNameAr,
            String programme,
            String sex,
            Integer age,
            String nationality,

            @Schema(
                    description = "Distinct learners whose placement ended with a destination (a transfer is not one),"
                            + " published as every count")
            Long ended,

            @Schema(
                    description = "Each destination: completed, formal school, vocational training, labour market,"
                            + " dropped out again")
            List<OutcomeCount> outcomes) {}

    @Schema(name = "OutcomeStatistics")
    public record Outcomes(
            String schoolYear,
            List<String> directorates,
            List<Dimension> groupBy,
            int minimumCount,
            int roundedTo,

            @Schema(description = HIDDEN_CELLS, nullable = true)
            Integer hiddenCells,

            OutcomeCell total,
            List<OutcomeCell> cells) {}

    @Schema(name = "CentreOccupancy")
    public record CentreOccupancy(
            long centreId,
            String directorate,
            String centreNameAr,
            String centreNameFr,
            ma.forsa.programme.Programme programme,
            int capacity,

            @Schema(description = "Learners a class holds at most")
            int classCap,

            @Schema(description = "Learners enrolled now, published as every count; null when too small")
            Long enrolled,

            @Schema(description = "Classes the enrolled fill at the class cap")
            Integer classes,

            @Schema(description = "Learners waiting for a seat now, published as every count; null when too small")
            Long waiting,

            @Schema(description = "Enrolled of capacity in %, one decimal", example = "87.5")
            Double occupancyPercent) {}

    @Schema(name = "OccupancyStatistics")
    public record Occupancy(
            String schoolYear,
            List<String> directorates,
            int minimumCount,
            int roundedTo,
            int capacity,
            Long enrolled,
            Long waiting,
            Double occupancyPercent,
            List<CentreOccupancy> centres) {}
}
