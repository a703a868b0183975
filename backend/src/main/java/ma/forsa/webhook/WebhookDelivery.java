package ma.forsa.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event for one endpoint, and where its attempts stand; written by the dispatcher, read for the log. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    public Long id;

    @Column(name = "endpoint_id")
    public long endpointId;

    @Column(name = "event_id")
    public long eventId;

    public String status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "created_at")
    public Instant createdAt;
}
