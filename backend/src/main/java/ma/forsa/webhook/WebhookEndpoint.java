package ma.forsa.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import ma.forsa.common.persistence.Tracked;
import ma.forsa.common.security.Scope;
import org.hibernate.annotations.Filter;

/** Where a system (or the directorate's admin) wants events sent. */
@Entity
@Table(name = "webhook_endpoint")
@Filter(name = Scope.DIRECTORATE_FILTER, condition = "directorate_code in (:directorates)")
public class WebhookEndpoint extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "directorate_code", nullable = false, updatable = false)
    public String directorateCode;

    @Column(nullable = false, updatable = false)
    public String owner;

    @Column(nullable = false)
    public String url;

    public String description;

    @Column(name = "event_types", nullable = false)
    public String eventTypes;

    @Column(nullable = false)
    public String secret;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "failing_since")
    public Instant failingSince;

    public List<WebhookEventType> types() {
        return Arrays.stream(eventTypes.split(","))
                .map(WebhookEventType::of)
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    void types(List<WebhookEventType> types) {
        eventTypes = types.stream().distinct().map(WebhookEventType::wire).collect(Collectors.joining(","));
    }
}
