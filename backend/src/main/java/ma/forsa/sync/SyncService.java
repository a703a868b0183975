package ma.forsa.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ma.forsa.agreement.AgreementService;
import ma.forsa.campaign.CampaignService;
import ma.forsa.caravan.CaravanService;
import ma.forsa.cases.CaseService;
import ma.forsa.centre.CentreService;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.persistence.UnixTime;
import ma.forsa.common.problem.ApiProblem;
import ma.forsa.common.problem.ProblemType;
import ma.forsa.common.security.Caller;
import ma.forsa.common.security.Roles;
import ma.forsa.learner.LearnerService;
import ma.forsa.placement.PlacementService;
import ma.forsa.sync.SyncViews.Change;
import ma.forsa.sync.SyncViews.ChangeOperation;
import ma.forsa.sync.SyncViews.ChangeType;
import ma.forsa.sync.SyncViews.Changes;

/**
 * The change feed of a directorate for other systems: its records' latest changes after a cursor, in the order the
 * sequencer numbered them, each record read through its own feature's service as the API shows it (the caller's
 * scope applies). Learners and identified children come only to a client granted personal data.
 */
@ApplicationScoped
public class SyncService {

    /** Batches numbered before a page is read; a larger backlog is numbered by the next pulls. */
    static final int BATCHES_PER_PULL = 4;

    private static final String CURSOR_PREFIX = "s";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ChangeSequencer sequencer;

    @Inject
    AgreementService agreements;

    @Inject
    CentreService centres;

    @Inject
    CampaignService campaigns;

    @Inject
    CaravanService caravans;

    @Inject
    PlacementService placements;

    @Inject
    LearnerService learners;

    @Inject
    CaseService cases;

    @Transactional
    public Changes changes(String cursor, int limit) {
        long after = cursor == null ? 0 : position(cursor);
        String directorate =
                caller.directorate().orElseThrow(() -> new ApiProblem(ProblemType.FORBIDDEN, Message.NO_DIRECTORATE));
        boolean personal = caller.hasRole(Roles.GRANT_PERSONAL_DATA);
        sequencer.catchUp(BATCHES_PER_PULL);

        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT sequence, entity, entity_id, operation, UNIX_TIMESTAMP(changed_at)"
                                + " FROM sync_change WHERE directorate_code = :directorate"
                                + (personal ? "" : " AND personal = FALSE")
                                + " AND sequence > :after ORDER BY sequence LIMIT :limit")
                .setParameter("directorate", directorate)
                .setParameter("after", after)
                .setParameter("limit", limit + 1)
                .getResultList();
        boolean more = rows.size() > limit;
        List<Object[]> page = more ? rows.subList(0, limit) : rows;

        Map<ChangeType, List<Long>> idsByType = new EnumMap<>(ChangeType.class);
        for (Object[] row : page) {
            if (ChangeOperation.valueOf((String) row[3]) == ChangeOperation.CHANGED) {
                idsByType
                        .computeIfAbsent(ChangeType.valueOf((String) row[1]), t -> new ArrayList<>())
                        .add(((Number) row[2]).longValue());
            }
        }
        Map<ChangeType, Map<Long, Object>> records = records(idsByType, personal);

        List<Change> changes = new ArrayList<>();
        for (Object[] row : page) {
            long sequence = ((Number) row[0]).longValue();
            ChangeType type = ChangeType.valueOf((String) row[1]);
            long id = ((Number) row[2]).longValue();
            ChangeOperation operation = ChangeOperation.valueOf((String) row[3]);
            Object record = records.getOrDefault(type, Map.of()).get(id);
            if (operation == ChangeOperation.CHANGED && record == null) {
                // deleted (or moved out of reach) since it was numbered: its tombstone is what holds now
                operation = ChangeOperation.DELETED;
            }
            changes.add(change(sequence, type, id, operation, UnixTime.of(row[4]), record));
        }
        long last = page.isEmpty() ? after : ((Number) page.get(page.size() - 1)[0]).longValue();
        return new Changes(changes, cursorAt(last), more);
    }

    /** The changed records of each type as the API shows them, one read per type. */
    private Map<ChangeType, Map<Long, Object>> records(Map<ChangeType, List<Long>> ids, boolean personal) {
        Map<ChangeType, Map<Long, Object>> records = new EnumMap<>(ChangeType.class);
        for (Map.Entry<ChangeType, List<Long>> entry : ids.entrySet()) {
            Collection<Long> of = entry.getValue();
            records.put(
                    entry.getKey(),
                    switch (entry.getKey()) {
                        case AGREEMENT -> byId(agreements.viewsOf(of), v -> v.id());
                        case CENTRE -> byId(centres.viewsOf(of), v -> v.id());
                        case CAMPAIGN -> byId(campaigns.viewsOf(of), v -> v.id());
                        case CARAVAN -> byId(caravans.viewsOf(of), v -> v.id());
                        case STOP -> byId(caravans.stopViewsOf(of), v -> v.id());
                        case PLACEMENT ->
                            byId(
                                    placements.viewsOf(of).stream()
                                            .map(p -> p.forFeed(personal))
                                            .toList(),
                                    v -> v.id());
                        case LEARNER -> personal ? byId(learners.viewsOf(of), v -> v.id()) : Map.of();
                        case CASE -> personal ? byId(cases.viewsOf(of), v -> v.id()) : Map.of();
                    });
        }
        return records;
    }

    private static <V> Map<Long, Object> byId(List<V> views, Function<V, Long> id) {
        Map<Long, Object> found = new HashMap<>();
        views.forEach(v -> found.put(id.apply(v), v));
        return found;
    }

    private static Change change(
            long sequence, ChangeType type, long id, ChangeOperation operation, java.time.Instant at, Object r) {
        Object record = operation == ChangeOperation.CHANGED ? r : null;
        return new Change(
                sequence,
                type,
                id,
                operation,
                at,
                type == ChangeType.AGREEMENT ? (ma.forsa.agreement.AgreementViews.AgreementView) record : null,
                type == ChangeType.CENTRE ? (ma.forsa.centre.CentreView) record : null,
                type == ChangeType.CAMPAIGN ? (ma.forsa.campaign.CampaignViews.CampaignView) record : null,
                type == ChangeType.CARAVAN ? (ma.forsa.caravan.CaravanViews.CaravanView) record : null,
                type == ChangeType.STOP ? (ma.forsa.caravan.CaravanViews.StopView) record : null,
                type == ChangeType.PLACEMENT ? (ma.forsa.placement.PlacementView) record : null,
                type == ChangeType.LEARNER ? (ma.forsa.learner.LearnerView) record : null,
                type == ChangeType.CASE ? (ma.forsa.cases.CaseViews.CaseView) record : null);
    }

    static String cursorAt(long sequence) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((CURSOR_PREFIX + sequence).getBytes(StandardCharsets.UTF_8));
    }

    private static long position(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(CURSOR_PREFIX)) {
                throw new IllegalArgumentException(cursor);
            }
            long sequence = Long.parseLong(text.substring(CURSOR_PREFIX.length()));
            if (sequence < 0) {
                throw new IllegalArgumentException(cursor);
            }
            return sequence;
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("cursor", Message.CURSOR_INVALID);
        }
    }
}
