package ma.forsa.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.paging.PageParams;
import ma.forsa.common.paging.PageView;
import ma.forsa.common.persistence.UnixTime;
import ma.forsa.common.problem.ApiProblem;
import ma.forsa.common.problem.ProblemType;
import ma.forsa.common.security.Caller;
import ma.forsa.common.security.CallerScoped;
import ma.forsa.common.text.Text;
import ma.forsa.webhook.WebhookInputs.WebhookInput;
import ma.forsa.webhook.WebhookViews.AttemptView;
import ma.forsa.webhook.WebhookViews.DeliveryView;
import ma.forsa.webhook.WebhookViews.WebhookView;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Endpoints registered by a system (it sees its own) or by the directorate's admin (who sees every endpoint of the
 * directorate), their delivery log, and resending by hand.
 */
@ApplicationScoped
@Transactional
@CallerScoped
public class WebhookService {

    @Inject
    WebhookRepository endpoints;

    @Inject
    WebhookRepository.Deliveries deliveries;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "forsa.webhooks.allow-http", defaultValue = "false")
    boolean allowHttp;

    public List<WebhookView> list() {
        return endpoints.list("order by id").stream()
                .filter(this::mine)
                .map(e -> view(e, false))
                .toList();
    }

    public WebhookView get(long id) {
        return view(find(id), false);
    }

    public WebhookView create(WebhookInput input) {
        String directorate =
                caller.directorate().orElseThrow(() -> new ApiProblem(ProblemType.FORBIDDEN, Message.NO_DIRECTORATE));
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.directorateCode = directorate;
        endpoint.owner = owner();
        endpoint.secret = WebhookSigner.newSecret();
        apply(endpoint, input);
        endpoints.persist(endpoint);
        endpoints.flush();
        return view(endpoint, true);
    }

    public WebhookView update(long id, WebhookInput input) {
        WebhookEndpoint endpoint = find(id);
        ApiProblem.requireVersion(input.version(), endpoint.version);
        apply(endpoint, input);
        endpoints.flush();
        return view(endpoint, false);
    }

    public void delete(long id) {
        endpoints.delete(find(id));
    }

    public PageView<DeliveryView> deliveries(long id, PageParams page) {
        find(id);
        return PageView.of(deliveries.of(id), page, this::views);
    }

    /** Another attempt now, with the same webhook-id; the count of attempts goes on. */
    public DeliveryView resend(long id, long deliveryId) {
        WebhookEndpoint endpoint = find(id);
        if (!endpoint.active) {
            throw new ApiProblem(ProblemType.CONFLICT, Message.WEBHOOK_DISABLED);
        }
        WebhookDelivery delivery = deliveries
                .find("id = ?1 and endpointId = ?2", deliveryId, id)
                .firstResultOptional()
                .orElseThrow(() -> ApiProblem.notFound(Message.NOT_FOUND_WEBHOOK_DELIVERY, deliveryId));
        em.createNativeQuery("UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = NOW(6),"
                        + " delivered_at = NULL WHERE id = :id")
                .setParameter("id", delivery.id)
                .executeUpdate();
        em.refresh(delivery);
        return views(List.of(delivery)).get(0);
    }

    private void apply(WebhookEndpoint endpoint, WebhookInput input) {
        endpoint.url = url(input.url());
        endpoint.description = Text.clean(input.description());
        endpoint.types(input.eventTypes());
        boolean active = input.active() == null || input.active();
        if (active && !endpoint.active) {
            endpoint.disabledReason = null;
            endpoint.failingSince = null;
        }
        endpoint.active = active;
    }

    /** An absolute https address with a host (http too where allowed: tests, a closed network). */
    private String url(String text) {
        String url = text.strip();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
                throw ApiProblem.invalid("url", Message.WEBHOOK_URL_INVALID);
            }
            if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
                throw ApiProblem.invalid("url", Message.WEBHOOK_URL_INVALID);
            }
            return url;
        } catch (URISyntaxException e) {
            throw ApiProblem.invalid("url", Message.WEBHOOK_URL_INVALID);
        }
    }

    /** A system sees its own endpoints, the directorate's people every endpoint of the directorate. */
    private boolean mine(WebhookEndpoint endpoint) {
        return caller.system().map(endpoint.owner::equals).orElse(true);
    }

    private String owner() {
        return caller.system().orElseGet(caller::username);
    }

    private WebhookEndpoint find(long id) {
        return endpoints
                .findByIdOptional(id)
                .filter(this::mine)
                .orElseThrow(() -> ApiProblem.notFound(Message.NOT_FOUND_WEBHOOK, id));
    }

    private static WebhookView view(WebhookEndpoint e, boolean withSecret) {
        return new WebhookView(
                e.id,
                e.url,
                e.description,
                e.types(),
                e.active,
                e.disabledReason,
                e.failingSince,
                e.owner,
                withSecret ? e.secret : null,
                e.createdAt,
                e.version);
    }

    /** A page of deliveries with their events and attempts, read once for the page. */
    private List<DeliveryView> views(List<WebhookDelivery> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        List<Long> ids = shown.stream().map(d -> d.id).toList();
        Map<Long, Object[]> events = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> eventRows = em.createNativeQuery(
                        "SELECT id, type, UNIX_TIMESTAMP(occurred_at), data FROM" + " webhook_event WHERE id IN (:ids)")
                .setParameter(
                        "ids", shown.stream().map(d -> d.eventId).distinct().toList())
                .getResultList();
        eventRows.forEach(r -> events.put(((Number) r[0]).longValue(), r));
        Map<Long, List<AttemptView>> attempts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> attemptRows = em.createNativeQuery("SELECT delivery_id, UNIX_TIMESTAMP(attempted_at),"
                        + " status_code, error, duration_ms, sent_by FROM webhook_attempt WHERE delivery_id IN (:ids)"
                        + " ORDER BY id")
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] r : attemptRows) {
            attempts.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new AttemptView(
                            UnixTime.of(r[1]),
                            r[2] == null ? null : ((Number) r[2]).intValue(),
                            (String) r[3],
                            ((Number) r[4]).intValue(),
                            (String) r[5]));
        }
        List<DeliveryView> views = new ArrayList<>();
        for (WebhookDelivery d : shown) {
            Object[] event = events.get(d.eventId);
            views.add(new DeliveryView(
                    d.id,
                    "msg_" + d.id,
                    WebhookEventType.of((String) event[1]).orElse(null),
                    UnixTime.of(event[2]),
                    data((String) event[3]),
                    d.status,
                    d.attempts,
                    d.nextAttemptAt,
                    d.deliveredAt,
                    attempts.getOrDefault(d.id, List.of())));
        }
        return views;
    }

    private Object data(String text) {
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
