package ma.forsa.webhook;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an endpoint may subscribe to; the wire name is the event's type in the delivery. */
@Schema(
        name = "WebhookEventType",
        description = "placement.enrolled (a learner enrolled in a class, directly or from the waiting list),"
                + " placement.ended (an outcome, a transfer or leaving the waiting list), case.enrolled (an"
                + " identified child enrolled), agreement.status_changed, campaign.closed",
        enumeration = {
            "placement.enrolled",
            "placement.ended",
            "case.enrolled",
            "agreement.status_changed",
            "campaign.closed"
        },
        type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)
public enum WebhookEventType {
    PLACEMENT_ENROLLED("placement.enrolled"),
    PLACEMENT_ENDED("placement.ended"),
    CASE_ENROLLED("case.enrolled"),
    AGREEMENT_STATUS_CHANGED("agreement.status_changed"),
    CAMPAIGN_CLOSED("campaign.closed");

    private final String wire;

    WebhookEventType(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public static Optional<WebhookEventType> of(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
    }
}
