package ma.forsa.campaign;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import ma.forsa.association.AssociationService;
import ma.forsa.campaign.CampaignInputs.CampaignInput;
import ma.forsa.campaign.CampaignInputs.ReachInput;
import ma.forsa.campaign.CampaignInputs.TransitionInput;
import ma.forsa.campaign.CampaignViews.CampaignView;
import ma.forsa.campaign.CampaignViews.ChannelTotal;
import ma.forsa.campaign.CampaignViews.ReachSummary;
import ma.forsa.campaign.CampaignViews.ReachView;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.paging.PageParams;
import ma.forsa.common.paging.PageView;
import ma.forsa.common.problem.ApiProblem;
import ma.forsa.common.problem.ApiProblem.FieldText;
import ma.forsa.common.problem.ProblemType;
import ma.forsa.common.security.Caller;
import ma.forsa.common.security.CallerScoped;
import ma.forsa.common.text.Text;
import ma.forsa.schoolyear.SchoolYear;
import ma.forsa.schoolyear.SchoolYearService;
import ma.forsa.territory.TerritoryService;

/** Awareness campaigns: their terms, lifecycle and the people they reach. Caravans go out under them. */
@ApplicationScoped
@Transactional
@CallerScoped
public class CampaignService {

    @Inject
    CampaignRepository campaigns;

    @Inject
    AssociationService associations;

    @Inject
    SchoolYearService schoolYears;

    @Inject
    TerritoryService territory;

    @Inject
    Caller caller;

    public PageView<CampaignView> list(
            String text, CampaignStatus status, String schoolYear, Long associationId, Sort order, PageParams page) {
        Long yearId = schoolYear == null ? null : schoolYears.idForFilter(schoolYear);
        return PageView.each(campaigns.search(text, status, yearId, associationId, order), page, this::view);
    }

    public CampaignView get(long id) {
        return view(find(id));
    }

    /** The records of these ids that the caller may see, as the API shows them, read together (the change feed). */
    public List<CampaignView> viewsOf(java.util.Collection<Long> ids) {
        return byIds(ids).values().stream().map(this::view).toList();
    }

    public CampaignView create(CampaignInput input) {
        String directorate =
                caller.directorate().orElseThrow(() -> new ApiProblem(ProblemType.FORBIDDEN, Message.NO_DIRECTORATE));
        Campaign campaign = new Campaign();
        campaign.directorateCode = directorate;
        apply(campaign, input);
        campaigns.persist(campaign);
        campaigns.flush();
        return view(campaign);
    }

    public CampaignView update(long id, CampaignInput input) {
        Campaign campaign = find(id);
        ApiProblem.requireVersion(input.version(), campaign.version);
        requireOpen(campaign);
        apply(campaign, input);
        campaigns.flush();
        return view(campaign);
    }

    public CampaignView transition(long id, TransitionInput input) {
        Campaign campaign = find(id);
        CampaignStatus from = campaign.status;
        CampaignStatus to = input.to();
        if (!from.next().contains(to)) {
            throw from.next().isEmpty()
                    ? new ApiProblem(ProblemType.CONFLICT, Message.CAMPAIGN_MOVE_FROM_CLOSED, from, to)
                    : new ApiProblem(ProblemType.CONFLICT, Message.CAMPAIGN_MOVE_REFUSED, from, to, from.next());
        }
        String reason = Text.clean(input.reason());
        if (from == CampaignStatus.PLANNED && to == CampaignStatus.CLOSED && reason == null) {
            throw ApiProblem.invalid("reason", Message.REASON_TO_CANCEL_CAMPAIGN);
        }
        campaign.status = to;
        if (to == CampaignStatus.CLOSED) {
            campaign.closeReason = reason;
        }
        campaigns.flush();
        return view(campaign);
    }

    public ReachSummary reach(long id) {
        find(id);
        List<CampaignReach> entries = campaigns.reach(id);
        Map<Channel, Long> totals = new EnumMap<>(Channel.class);
        entries.forEach(e -> totals.merge(e.channel, (long) e.peopleReached, Long::sum));
        List<ChannelTotal> byChannel = totals.entrySet().stream()
                .map(e -> new ChannelTotal(e.getKey(), e.getValue()))
                .toList();
        return new ReachSummary(
                entries.stream().map(ReachView::of).toList(),
                byChannel,
                totals.values().stream().mapToLong(Long::longValue).sum());
    }

    public ReachView recordReach(long id, ReachInput input) {
        Campaign campaign = find(id);
        if (campaign.status != CampaignStatus.ACTIVE) {
            throw new ApiProblem(ProblemType.CONFLICT, Message.CAMPAIGN_REACH_NEEDS_ACTIVE, campaign.status);
        }
        if (!campaign.channels.contains(input.channel())) {
            throw ApiProblem.invalid("channel", Message.CAMPAIGN_CHANNEL_NOT_USED, campaign.channels);
        }
        outside(campaign, input.reachedOn(), "reachedOn").ifPresent(refusal -> {
            throw ApiProblem.invalid(List.of(refusal));
        });
        campaigns.reachOn(id, input.channel(), input.reachedOn()).ifPresent(existing -> {
            throw ApiProblem.conflict("reachedOn", Message.CAMPAIGN_REACH_RECORDED, existing.id)
                    .with(Map.of("existingId", existing.id));
        });
        CampaignReach reach = new CampaignReach();
        reach.campaignId = id;
        reach.channel = input.channel();
        reach.reachedOn = input.reachedOn();
        reach.peopleReached = input.peopleReached();
        reach.notes = Text.clean(input.notes());
        reach.recordedBy = caller.username();
        reach.recordedAt = Instant.now();
        campaigns.save(reach);
        campaigns.flush();
        return ReachView.of(reach);
    }

    public void deleteReach(long id, long reachId) {
        Campaign campaign = find(id);
        requireOpen(campaign);
        CampaignReach reach = campaigns
                .reachEntry(id, reachId)
                .orElseThrow(() -> ApiProblem.notFound(Message.NOT_FOUND_CAMPAIGN_REACH, reachId));
        if (caller.scope().associationOnly() && !reach.recordedBy.equals(caller.username())) {
            throw new ApiProblem(ProblemType.FORBIDDEN, Message.CAMPAIGN_REACH_NOT_YOURS, reach.recordedBy);
        }
        campaigns.remove(reach);
    }

    /** A campaign visible to the caller, for the caravans that go out under it. */
    /** The campaigns of these ids the caller may see, in one query (for the lists that name them). */
    public Map<Long, Campaign> byIds(java.util.Collection<Long> ids) {
        return ma.forsa.common.persistence.ByIds.of(campaigns, ids, c -> c.id);
    }

    public Campaign find(long id) {
        return campaigns.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound(Message.NOT_FOUND_CAMPAIGN, id));
    }

    /** A closed campaign, its caravans and their stops no longer change. */
    public static void requireOpen(Campaign campaign) {
        if (campaign.status == CampaignStatus.CLOSED) {
            throw new ApiProblem(ProblemType.CONFLICT, Message.CAMPAIGN_CLOSED, campaign.id);
        }
    }

    /** The refusal of a day outside the campaign's dates, if it is. */
    public static Optional<FieldText> outside(Campaign campaign, LocalDate day, String field) {
        return day.isBefore(campaign.startsOn) || day.isAfter(campaign.endsOn)
                ? Optional.of(FieldText.of(field, Message.OUTSIDE_CAMPAIGN_DATES, campaign.startsOn, campaign.endsOn))
                : Optional.empty();
    }

    private void apply(Campaign campaign, CampaignInput input) {
        SchoolYear year = schoolYears.byCode(input.schoolYear(), "schoolYear");
        List<FieldText> errors = new ArrayList<>();
        if (input.endsOn().isBefore(input.startsOn())) {
            errors.add(FieldText.of("endsOn", Message.ENDS_BEFORE_START));
        } else if (input.endsOn().isAfter(input.startsOn().plusYears(1))) {
            errors.add(FieldText.of("endsOn", Message.CAMPAIGN_LONGER_THAN_A_YEAR));
        }
        Set<String> communes = new TreeSet<>();
        List<String> codes = input.communeCodes() == null ? List.of() : input.communeCodes();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i).strip();
            if (!territory.isCommuneOf(campaign.directorateCode, code)) {
                errors.add(FieldText.of("communeCodes[" + i + "]", Message.COMMUNE_NOT_OF_DIRECTORATE));
            }
            communes.add(code);
        }
        Set<Long> partners = new LinkedHashSet<>();
        List<Long> ids = input.associationIds() == null ? List.of() : input.associationIds();
        for (int i = 0; i < ids.size(); i++) {
            Long associationId = ids.get(i);
            if (!campaign.associationIds.contains(associationId) && !associations.isActiveInScope(associationId)) {
                errors.add(FieldText.of("associationIds[" + i + "]", Message.ASSOCIATION_NOT_ACTIVE_HERE));
            }
            partners.add(associationId);
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        campaign.schoolYearId = year.id;
        campaign.titleAr = input.titleAr().strip();
        campaign.titleFr = Text.clean(input.titleFr());
        campaign.startsOn = input.startsOn();
        campaign.endsOn = input.endsOn();
        campaign.objectives = Text.clean(input.objectives());
        campaign.targetChildren = input.targetChildren();
        campaign.communeCodes.clear();
        campaign.communeCodes.addAll(communes);
        campaign.channels.clear();
        campaign.channels.addAll(EnumSet.copyOf(input.channels()));
        campaign.associationIds.clear();
        campaign.associationIds.addAll(partners);
    }

    private CampaignView view(Campaign c) {
        return new CampaignView(
                c.id,
                c.directorateCode,
                schoolYears.code(c.schoolYearId),
                c.titleAr,
                c.titleFr,
                c.startsOn,
                c.endsOn,
                c.objectives,
                c.targetChildren,
                c.status,
                List.copyOf(c.status.next()),
                c.closeReason,
                List.copyOf(c.communeCodes),
                List.copyOf(c.channels),
                List.copyOf(new TreeSet<>(c.associationIds)),
                c.version,
                c.createdAt,
                c.updatedAt);
    }
}
