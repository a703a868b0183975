package ma.forsa.webhook;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class WebhookViews {

    private WebhookViews() {}

    @Schema(name = "Webhook", description = "An endpoint events are sent to (Standard Webhooks)")
    public record WebhookView(
            long id,
            String url,
            String description,
            List<WebhookEventType> eventTypes,

            @Schema(description = "False once disabled (by hand, or after failing for a day): nothing is sent")
            boolean active,

            @Schema(description = "Why it was disabled automatically")
            String disabledReason,

            @Schema(description = "Since when every attempt has failed; null after a success")
            Instant failingSince,

            @Schema(description = "Who registered it: a system's client id or an admin's username")
            String owner,

            @Schema(
                    description = "The signing secret (whsec_…): in the answer to its creation only; keep it"
                            + " to verify the webhook-signature of every delivery",
                    example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
            String secret,

            Instant createdAt,
            long version) {}

    @Schema(name = "WebhookAttempt", description = "One sending of a delivery")
    public record AttemptView(
            Instant attemptedAt,

            @Schema(description = "The receiver's HTTP status; null when it did not answer")
            Integer statusCode,

            String error,
            int durationMs,

            @Schema(description = "The instance that sent it")
            String sentBy) {}

    @Schema(name = "WebhookDelivery", description = "An event for this endpoint, with every attempt to send it")
    public record DeliveryView(
            long id,

            @Schema(description = "The webhook-id header of every attempt", example = "msg_1042")
            String messageId,

            WebhookEventType type,
            Instant occurredAt,

            @Schema(description = "The event's data, as sent")
            Object data,

            @Schema(
                    description = "PENDING (an attempt is due at nextAttemptAt), DELIVERED, or FAILED (given"
                            + " up, or the endpoint was disabled)",
                    enumeration = {"PENDING", "DELIVERED", "FAILED"})
            String status,

            int attempts,
            Instant nextAttemptAt,
            Instant deliveredAt,
            List<AttemptView> attemptLog) {}
}
