package ma.forsa.association;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import ma.forsa.common.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a directorate sends to create or change a partner association. */
@Schema(name = "AssociationInput")
public record AssociationInput(
        @NotBlank
        @Size(max = 200)
        @Schema(description = "Name in Arabic", example = "جمعية التميز للمرأة والطفل", maxLength = 200)
        String nameAr,

        @Size(max = 200) @Schema(description = "Name in French", maxLength = 200)
        String nameFr,

        @Size(max = 30) @Schema(maxLength = 30) String acronym,

        @Size(max = 50) @Schema(description = "Registration number of the association", maxLength = 50)
        String registrationNumber,

        @Size(max = 32)
        @Schema(description = "Commune code (see /api/v1/directorates/{code}/communes)", example = "LAA-ELMARSA")
        String communeCode,

        @Size(max = 300) @Schema(maxLength = 300) String address,

        @Size(max = 30)
        @Pattern(regexp = Formats.PHONE, message = Formats.PHONE_MESSAGE)
        @Schema(example = "+212 528 99 00 00", maxLength = 30)
        String phone,

        @Size(max = 150) @Email @Schema(maxLength = 150) String email,

        @Size(max = 150) @Schema(description = "Person to contact at the association", maxLength = 150)
        String contactName,

        @PositiveOrZero @Schema(description = "The version you read; required to update (a stale one answers 409)")
        Long version) {}
