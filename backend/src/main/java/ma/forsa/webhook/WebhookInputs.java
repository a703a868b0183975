package ma.forsa.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class WebhookInputs {

    private WebhookInputs() {}

    @Schema(name = "WebhookInput")
    public record WebhookInput(
            @NotBlank @Size(max = 500) @Schema(example = "https://partner.example.org/forsa/events")
            String url,

            @Size(max = 200) String description,
            @NotNull @Size(min = 1, max = 5) List<@NotNull WebhookEventType> eventTypes,

            @Schema(description = "On an update: false disables it, true enables it again (default true)")
            Boolean active,

            @Schema(description = "Required on an update: the version read")
            Long version) {}
}
