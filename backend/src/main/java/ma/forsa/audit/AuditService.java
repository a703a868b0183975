package ma.forsa.audit;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import ma.forsa.common.paging.Listing;
import ma.forsa.common.paging.PageParams;
import ma.forsa.common.paging.PageView;
import ma.forsa.common.security.CallerScoped;

/** Search of the audit trail, within the admin's directorate. */
@ApplicationScoped
@Transactional
@CallerScoped
public class AuditService {

    public record Filter(
            String username, String entityType, Long entityId, AuditEvent.Action action, Instant from, Instant to) {}

    @Inject
    AuditRepository events;

    public PageView<AuditView> search(Filter f, PageParams page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (f.username() != null && !f.username().isBlank()) {
            where.append(" and username = :user");
            params.and("user", f.username().strip());
        }
        if (f.entityType() != null && !f.entityType().isBlank()) {
            where.append(" and entityType = :type");
            params.and("type", f.entityType().strip());
        }
        if (f.entityId() != null) {
            where.append(" and entityId = :id");
            params.and("id", f.entityId());
        }
        if (f.action() != null) {
            where.append(" and action = :action");
            params.and("action", f.action());
        }
        if (f.from() != null) {
            where.append(" and occurredAt >= :from");
            params.and("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and occurredAt < :to");
            params.and("to", f.to());
        }
        return PageView.each(
                Listing.of(
                        events,
                        AuditEvent.class,
                        where.toString(),
                        Sort.by("occurredAt").descending().and("id", Sort.Direction.Descending),
                        params),
                page,
                AuditView::of);
    }
}
