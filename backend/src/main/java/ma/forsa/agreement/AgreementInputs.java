package ma.forsa.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ma.forsa.common.validation.Formats;
import ma.forsa.programme.Programme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class AgreementInputs {

    private AgreementInputs() {}

    @Schema(name = "ProgrammeTargetInput")
    public record ProgrammeTargetInput(
            @NotNull Programme programme,

            @NotNull @Min(0) @Max(100000) @Schema(description = "Target number of beneficiaries")
            Integer targetBeneficiaries) {}

    @Schema(name = "TrancheInput")
    public record TrancheInput(
            @NotNull
            @DecimalMin(value = "0.01")
            @DecimalMax(value = "999999999999.99")
            @Digits(integer = 12, fraction = 2)
            @Schema(description = "Amount in MAD", example = "50000.00")
            BigDecimal amountMad,

            @NotNull LocalDate dueOn) {}

    @Schema(
            name = "AgreementInput",
            description = "The terms of an agreement; they can change only while it is a DRAFT")
    public record AgreementInput(
            @NotBlank @Size(max = 50) @Schema(example = "DP-LAA/2025/ENF-03")
            String reference,

            @NotNull Long associationId,

            @NotEmpty @Size(max = 10) @Schema(example = "[\"2025/2026\"]")
            List<@NotNull @Pattern(regexp = Formats.SCHOOL_YEAR, message = Formats.SCHOOL_YEAR_MESSAGE) String>
                    schoolYears,

            @NotEmpty @Size(max = 4) List<@NotNull @Valid ProgrammeTargetInput> programmes,

            @Schema(description = "Needed before the agreement can be SIGNED")
            LocalDate signedOn,

            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,

            @NotNull
            @DecimalMin("0")
            @DecimalMax(value = "999999999999.99")
            @Digits(integer = 12, fraction = 2)
            @Schema(description = "Budget in MAD")
            BigDecimal budgetMad,

            @Size(max = 24) List<@NotNull @Valid TrancheInput> tranches,

            @PositiveOrZero @Schema(description = "The version you read; required to update")
            Long version) {}

    @Schema(name = "AgreementTransitionInput")
    public record TransitionInput(
            @NotNull AgreementStatus to,

            @Size(max = 500) @Schema(description = "Why (kept in the history); required to suspend or close")
            String reason) {}

    @Schema(name = "AgreementCentresInput")
    public record CentresInput(
            @NotNull @Size(max = 200) List<@NotNull Long> centreIds,
            @NotNull @PositiveOrZero Long version) {}

    @Schema(name = "TranchePaymentInput")
    public record PaymentInput(
            @Schema(description = "Date paid; null marks it unpaid again")
            LocalDate paidOn,

            @NotNull @PositiveOrZero Long version) {}
}
