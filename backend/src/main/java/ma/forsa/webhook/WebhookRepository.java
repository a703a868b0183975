package ma.forsa.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import ma.forsa.common.paging.Listing;

@ApplicationScoped
public class WebhookRepository implements PanacheRepository<WebhookEndpoint> {

    @ApplicationScoped
    public static class Deliveries implements PanacheRepository<WebhookDelivery> {

        /** An endpoint's deliveries, newest first (index webhook_delivery_log). */
        public Listing<WebhookDelivery> of(long endpointId) {
            return Listing.of(
                    this,
                    WebhookDelivery.class,
                    "endpointId = :endpoint",
                    Sort.descending("id"),
                    Parameters.with("endpoint", endpointId));
        }
    }
}
