package ma.forsa.caravan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ma.forsa.common.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CaravanInputs {

    private CaravanInputs() {}

    @Schema(name = "CaravanMemberInput", description = "A member of the team; send the id of one to keep it")
    public record MemberInput(
            @Schema(description = "The member's id, to keep a member already in the team")
            Long id,

            @NotBlank @Size(max = 150) @Schema(example = "فاطمة الزهراء", maxLength = 150)
            String fullName,

            @Schema(description = "Their association (taking part in the campaign); none for directorate staff")
            Long associationId,

            @NotNull TeamRole role,

            @Size(max = 30)
            @Pattern(regexp = Formats.PHONE, message = Formats.PHONE_MESSAGE)
            @Schema(example = "+212 600 11 22 33", maxLength = 30)
            String phone) {}

    @Schema(name = "CaravanInput")
    public record CaravanInput(
            @NotNull @Schema(description = "The campaign the caravan goes out under")
            Long campaignId,

            @NotBlank @Size(max = 200) @Schema(example = "قافلة الوحدة", maxLength = 200)
            String name,

            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,

            @Size(max = 2000) @Schema(maxLength = 2000) String notes,

            @NotNull @Size(max = 30) List<@NotNull @Valid MemberInput> team,

            @PositiveOrZero @Schema(description = "The version you read; required to update")
            Long version) {}

    @Schema(name = "StopInput", description = "A stop of the itinerary; results only once it is DONE")
    public record StopInput(
            @NotNull LocalDate visitOn,

            @NotBlank @Size(max = 32) @Schema(example = "LAA-LAAYOUNE")
            String communeCode,

            @NotBlank @Size(max = 200) @Schema(description = "Neighbourhood or douar", example = "حي الوحدة")
            String place,

            @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 2, fraction = 6) @Schema(example = "27.1536")
            BigDecimal latitude,

            @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6) @Schema(example = "-13.2033")
            BigDecimal longitude,

            @NotNull StopStatus status,

            @Min(0) @Max(100000) Integer householdsVisited,

            @Min(0) @Max(1000000) @Schema(description = "Required once DONE")
            Integer peopleReached,

            @Size(max = 2000) @Schema(maxLength = 2000) String notes,

            @PositiveOrZero @Schema(description = "The version you read; required to update")
            Long version) {}
}
