package ma.forsa.centre;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import ma.forsa.programme.Programme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CentreInput")
public record CentreInput(
        @NotBlank @Size(max = 200) @Schema(example = "مركز الفرصة الثانية حي الوحدة")
        String nameAr,

        @Size(max = 200) String nameFr,

        @NotNull @Schema(description = "NFE_BASIC (class site) or E2C_NG (new generation centre)")
        Programme type,

        @NotNull @Schema(description = "The association that operates it (of the caller's directorate)")
        Long associationId,

        @NotBlank @Size(max = 32) @Schema(example = "LAA-LAAYOUNE")
        String communeCode,

        @Size(max = 300) String address,

        @NotNull @Min(1) @Max(10000) @Schema(description = "Learners it can take at once")
        Integer capacity,

        @Min(1) @Max(100) @Schema(description = "Learners per class; default 20, or the capacity when it is smaller")
        Integer classCap,

        LocalDate openedOn,
        @Size(max = 3) @Schema(description = "E2C_NG only") List<@NotNull Strand> strands,

        @Size(max = 30) @Schema(description = "Trades introduced (with the TRADES_INTRODUCTION strand)")
        List<@NotBlank @Size(max = 100) String> trades,

        @PositiveOrZero @Schema(description = "The version you read; required to update")
        Long version) {}
