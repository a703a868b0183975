package ma.forsa.caravan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.forsa.campaign.Campaign;
import ma.forsa.campaign.CampaignService;
import ma.forsa.caravan.CaravanInputs.CaravanInput;
import ma.forsa.caravan.CaravanInputs.MemberInput;
import ma.forsa.caravan.CaravanInputs.StopInput;
import ma.forsa.caravan.CaravanViews.CaravanView;
import ma.forsa.caravan.CaravanViews.StopView;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.paging.PageParams;
import ma.forsa.common.paging.PageView;
import ma.forsa.common.problem.ApiProblem;
import ma.forsa.common.problem.ApiProblem.FieldText;
import ma.forsa.common.security.Caller;
import ma.forsa.common.security.CallerScoped;
import ma.forsa.common.security.RoleSets;
import ma.forsa.common.text.Text;
import ma.forsa.territory.TerritoryService;

/** Caravans, their teams and their itineraries of stops. What a caravan may do follows its campaign. */
@ApplicationScoped
@Transactional
@CallerScoped
public class CaravanService {

    @Inject
    CaravanRepository caravans;

    @Inject
    StopRepository stops;

    @Inject
    CampaignService campaigns;

    @Inject
    TerritoryService territory;

    @Inject
    Caller caller;

    @Inject
    RoleSets roleSets;

    public PageView<CaravanView> list(Long campaignId, String text, PageParams page) {
        return PageView.of(caravans.search(campaignId, text), page, this::views);
    }

    public CaravanView get(long id) {
        return view(find(id));
    }

    /** The records of these ids that the caller may see, as the API shows them, read together (the change feed). */
    public List<CaravanView> viewsOf(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : views(caravans.list("id in ?1", ids));
    }

    /** The stops of these ids that the caller may see, with their caravans' names, read together (the change feed). */
    public List<StopView> stopViewsOf(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Stop> found = stops.list("id in ?1", ids);
        Map<Long, String> names =
                caravans.names(found.stream().map(s -> s.caravanId).distinct().toList());
        return found.stream().map(s -> StopView.of(s, names.get(s.caravanId))).toList();
    }

    public CaravanView create(CaravanInput input) {
        Campaign campaign = openCampaign(input.campaignId(), "campaignId");
        Caravan caravan = new Caravan();
        caravan.campaignId = campaign.id;
        caravan.directorateCode = campaign.directorateCode;
        apply(caravan, campaign, input);
        caravans.persist(caravan);
        caravans.flush();
        return view(caravan);
    }

    public CaravanView update(long id, CaravanInput input) {
        Caravan caravan = find(id);
        ApiProblem.requireVersion(input.version(), caravan.version);
        if (!input.campaignId().equals(caravan.campaignId)) {
            throw ApiProblem.invalid("campaignId", Message.CARAVAN_CAMPAIGN_FIXED, caravan.campaignId);
        }
        Campaign campaign = openCampaign(caravan.campaignId, "campaignId");
        apply(caravan, campaign, input);
        caravans.flush();
        return view(caravan);
    }

    public PageView<StopView> itinerary(long caravanId, StopStatus status, PageParams page) {
        Caravan caravan = find(caravanId);
        return PageView.each(stops.search(caravanId, null, status), page, s -> StopView.of(s, caravan.name));
    }

    public PageView<StopView> day(LocalDate on, StopStatus status, PageParams page) {
        PageView<Stop> found = PageView.each(stops.search(null, on, status), page, s -> s);
        Map<Long, String> names = caravans.names(
                found.items().stream().map(s -> s.caravanId).distinct().toList());
        return found.withItems(found.items().stream()
                .map(s -> StopView.of(s, names.get(s.caravanId)))
                .toList());
    }

    public StopView stop(long caravanId, long stopId) {
        Caravan caravan = find(caravanId);
        return StopView.of(findStop(caravan, stopId), caravan.name);
    }

    public StopView addStop(long caravanId, StopInput input) {
        Caravan caravan = find(caravanId);
        Campaign campaign = openCampaign(caravan.campaignId, null);
        Stop stop = new Stop();
        stop.caravanId = caravan.id;
        stop.directorateCode = caravan.directorateCode;
        apply(stop, caravan, campaign, input);
        stops.persist(stop);
        stops.flush();
        return StopView.of(stop, caravan.name);
    }

    public StopView updateStop(long caravanId, long stopId, StopInput input) {
        Caravan caravan = find(caravanId);
        Stop stop = findStop(caravan, stopId);
        ApiProblem.requireVersion(input.version(), stop.version);
        Campaign campaign = openCampaign(caravan.campaignId, null);
        apply(stop, caravan, campaign, input);
        stops.flush();
        return StopView.of(stop, caravan.name);
    }

    /** A stop visible to the caller, for the cases found there. */
    public Stop findStop(long stopId) {
        return stops.findByIdOptional(stopId).orElseThrow(() -> ApiProblem.notFound(Message.NOT_FOUND_STOP, stopId));
    }

    /** The team's names and phones only for the people who work with them, not the academy or other systems. */
    private CaravanView view(Caravan caravan) {
        return CaravanView.of(caravan, campaigns.find(caravan.campaignId), caller.isOneOf(roleSets.people()));
    }

    /** A page of caravans, their campaigns read together. */
    private List<CaravanView> views(List<Caravan> shown) {
        Map<Long, Campaign> of =
                campaigns.byIds(shown.stream().map(c -> c.campaignId).collect(java.util.stream.Collectors.toSet()));
        boolean named = caller.isOneOf(roleSets.people());
        return shown.stream()
                .map(c -> CaravanView.of(c, of.get(c.campaignId), named))
                .toList();
    }

    /** A person of a caravan's team, if they are in it. */
    public java.util.Optional<CaravanMember> member(long caravanId, long memberId) {
        return find(caravanId).members.stream().filter(m -> m.id == memberId).findFirst();
    }

    /** A caravan visible to the caller. */
    public Caravan find(long id) {
        return caravans.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound(Message.NOT_FOUND_CARAVAN, id));
    }

    private Stop findStop(Caravan caravan, long stopId) {
        Stop stop = findStop(stopId);
        if (!stop.caravanId.equals(caravan.id)) {
            throw ApiProblem.notFound(Message.NOT_FOUND_STOP, stopId);
        }
        return stop;
    }

    private Campaign openCampaign(long campaignId, String field) {
        Campaign campaign;
        try {
            campaign = campaigns.find(campaignId);
        } catch (ApiProblem notFound) {
            throw field == null ? notFound : ApiProblem.invalid(field, Message.NOT_FOUND_CAMPAIGN, campaignId);
        }
        CampaignService.requireOpen(campaign);
        return campaign;
    }

    private void apply(Caravan caravan, Campaign campaign, CaravanInput input) {
        List<FieldText> errors = new ArrayList<>();
        if (input.endsOn().isBefore(input.startsOn())) {
            errors.add(FieldText.of("endsOn", Message.ENDS_BEFORE_START));
        }
        CampaignService.outside(campaign, input.startsOn(), "startsOn").ifPresent(errors::add);
        CampaignService.outside(campaign, input.endsOn(), "endsOn").ifPresent(errors::add);
        Map<Long, CaravanMember> current = new HashMap<>();
        caravan.members.forEach(m -> current.put(m.id, m));
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < input.team().size(); i++) {
            MemberInput member = input.team().get(i);
            if (member.id() != null && (!current.containsKey(member.id()) || !kept.add(member.id()))) {
                errors.add(FieldText.of("team[" + i + "].id", Message.NOT_A_MEMBER_OF_CARAVAN, member.id()));
            }
            if (member.associationId() != null && !campaign.associationIds.contains(member.associationId())) {
                errors.add(FieldText.of("team[" + i + "].associationId", Message.ASSOCIATION_NOT_IN_CAMPAIGN));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        caravan.name = input.name().strip();
        caravan.startsOn = input.startsOn();
        caravan.endsOn = input.endsOn();
        caravan.notes = Text.clean(input.notes());
        caravan.members.removeIf(m -> !kept.contains(m.id));
        for (MemberInput in : input.team()) {
            CaravanMember member = in.id() == null ? new CaravanMember() : current.get(in.id());
            member.fullName = in.fullName().strip();
            member.associationId = in.associationId();
            member.role = in.role();
            member.phone = Text.clean(in.phone());
            if (in.id() == null) {
                caravan.members.add(member);
            }
        }
    }

    private void apply(Stop stop, Caravan caravan, Campaign campaign, StopInput input) {
        List<FieldText> errors = new ArrayList<>();
        if (input.visitOn().isBefore(caravan.startsOn) || input.visitOn().isAfter(caravan.endsOn)) {
            errors.add(FieldText.of("visitOn", Message.OUTSIDE_CARAVAN_DATES, caravan.startsOn, caravan.endsOn));
        }
        if (!territory.isCommuneOf(campaign.directorateCode, input.communeCode().strip())) {
            errors.add(FieldText.of("communeCode", Message.COMMUNE_NOT_OF_DIRECTORATE));
        }
        if ((input.latitude() == null) != (input.longitude() == null)) {
            errors.add(FieldText.of(input.latitude() == null ? "latitude" : "longitude", Message.POINT_NEEDS_BOTH));
        }
        boolean done = input.status() == StopStatus.DONE;
        if (done && input.peopleReached() == null) {
            errors.add(FieldText.of("peopleReached", Message.STOP_DONE_NEEDS_PEOPLE));
        }
        if (done && input.visitOn().isAfter(LocalDate.now())) {
            errors.add(FieldText.of("visitOn", Message.STOP_DONE_IN_FUTURE));
        }
        if (!done && (input.peopleReached() != null || input.householdsVisited() != null)) {
            errors.add(FieldText.of(
                    input.peopleReached() != null ? "peopleReached" : "householdsVisited",
                    Message.STOP_RESULTS_ONLY_WHEN_DONE));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        stop.visitOn = input.visitOn();
        stop.communeCode = input.communeCode().strip();
        stop.place = input.place().strip();
        stop.latitude = input.latitude();
        stop.longitude = input.longitude();
        stop.status = input.status();
        stop.householdsVisited = input.householdsVisited();
        stop.peopleReached = input.peopleReached();
        stop.notes = Text.clean(input.notes());
    }
}
