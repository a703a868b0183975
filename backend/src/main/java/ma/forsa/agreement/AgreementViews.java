package ma.forsa.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ma.forsa.programme.Programme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class AgreementViews {

    private AgreementViews() {}

    @Schema(name = "ProgrammeTarget")
    public record ProgrammeTargetView(Programme programme, int targetBeneficiaries) {}

    @Schema(name = "Tranche")
    public record TrancheView(int number, BigDecimal amountMad, LocalDate dueOn, LocalDate paidOn) {}

    @Schema(name = "AgreementDocument")
    public record DocumentView(String fileName, int sizeBytes, String sha256, Instant uploadedAt, String uploadedBy) {}

    @Schema(name = "Agreement")
    public record AgreementView(
            long id,
            String directorateCode,
            long associationId,
            String reference,
            AgreementStatus status,
            List<AgreementStatus> nextStatuses,
            LocalDate signedOn,
            LocalDate startsOn,
            LocalDate endsOn,
            BigDecimal budgetMad,
            BigDecimal paidMad,
            List<String> schoolYears,
            List<ProgrammeTargetView> programmes,
            List<TrancheView> tranches,
            List<Long> centreIds,
            DocumentView document,
            long version,
            Instant createdAt,
            Instant updatedAt) {}

    /** The PDF itself, for download; never serialised as JSON. */
    public record DocumentFile(String fileName, String sha256, byte[] content) {}

    @Schema(name = "AgreementStatusChange")
    public record StatusChangeView(
            AgreementStatus fromStatus, AgreementStatus toStatus, Instant changedAt, String changedBy, String reason) {}
}
