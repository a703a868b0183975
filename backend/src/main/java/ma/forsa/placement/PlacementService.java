package ma.forsa.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import ma.forsa.centre.Centre;
import ma.forsa.centre.CentreService;
import ma.forsa.centre.Classes;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.paging.PageParams;
import ma.forsa.common.paging.PageView;
import ma.forsa.common.problem.ApiProblem;
import ma.forsa.common.problem.ProblemType;
import ma.forsa.common.security.Caller;
import ma.forsa.common.security.CallerScoped;
import ma.forsa.learner.Learner;
import ma.forsa.learner.LearnerEnums.ConsentPurpose;
import ma.forsa.learner.LearnerService;
import ma.forsa.placement.PlacementInputs.EndInput;
import ma.forsa.placement.PlacementInputs.PlacementInput;
import ma.forsa.placement.PlacementInputs.TransferInput;
import ma.forsa.programme.Programme;
import ma.forsa.schoolyear.AgeRule;
import ma.forsa.schoolyear.SchoolYear;
import ma.forsa.schoolyear.SchoolYearService;

/**
 * Placing learners by age band, within a centre's capacity and class cap, with a waiting
 * list that moves in order, transfers that keep the history, and outcomes.
 */
@ApplicationScoped
@Transactional
@CallerScoped
public class PlacementService {

    @Inject
    PlacementRepository placements;

    @Inject
    LearnerService learners;

    @Inject
    CentreService centres;

    @Inject
    SchoolYearService schoolYearService;

    @Inject
    Caller caller;

    public PageView<PlacementView> search(
            Long centreId, String schoolYear, PlacementStatus status, Long learnerId, PageParams page) {
        Long yearId = schoolYear == null ? null : schoolYearService.idForFilter(schoolYear);
        return PageView.of(
                placements.search(new PlacementRepository.Filter(centreId, yearId, status, learnerId)),
                page,
                this::views);
    }

    /** Where each of these learners is now (their open placement of the newest year), for the lists of learners. */
    public Map<Long, CurrentPlacement> currentOf(Collection<Long> learnerIds) {
        return placements.currentOf(learnerIds);
    }

    /**
     * Whether the learner is enrolled or waiting anywhere, whatever the caller's scope (native: an erasure must
     * see every placement).
     */
    public boolean isPlaced(long learnerId) {
        return placements.openPlacements(learnerId) > 0;
    }

    /** An erased learner's placements keep no free text that could name someone. */
    public void eraseOverrideReasons(long learnerId) {
        placements.eraseOverrideReasons(learnerId);
    }

    public PlacementView get(long id) {
        return view(find(id));
    }

    /** The records of these ids that the caller may see, as the API shows them, read together (the change feed). */
    public List<PlacementView> viewsOf(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : views(placements.list("id in ?1", ids));
    }

    /**
     * The checks run in the order a person needs their answers: the learner's own state (already
     * enrolled or waiting this year), then their eligibility, then the centre (its programme, open,
     * a free place), and only then the guardian's consent to share.
     */
    public PlacementView place(PlacementInput input) {
        Learner learner = learners.find(input.learnerId());
        // locked like an erasure locks it, so the two cannot both happen (learner first, then the centre)
        placements.getEntityManager().refresh(learner, LockModeType.PESSIMISTIC_WRITE);
        LearnerService.requireNotAnonymised(learner);
        SchoolYear year = schoolYearService.byCode(input.schoolYear(), "schoolYear");
        placements.openFor(learner.id, year.id).ifPresent(open -> {
            throw alreadyPlaced(learner, open, year);
        });
        require(PlacementRules.within(year, input.enrolledOn(), "enrolledOn"));
        Centre centre = lockedCentre(input.centreId(), "centreId");
        Programme programme = input.programme() == null ? centre.type : input.programme();
        int age = requireEligible(learner, year, centre, programme);
        require(PlacementRules.runs(centre.type, programme, "programme"));
        require(PlacementRules.open(centre.active, "centreId"));
        Integer seat = freeClass(centre, year.id);
        if (seat == null && !input.waitlistIfFull()) {
            throw PlacementRules.full(year, centre.capacity, centre.classCap);
        }
        String override = requireConsentToShare(learner, centre, input.consentOverrideReason());
        Placement placement = new Placement();
        placement.learnerId = learner.id;
        placement.centreId = centre.id;
        placement.schoolYearId = year.id;
        placement.programme = programme;
        placement.directorateCode = centre.directorateCode;
        placement.associationId = centre.associationId;
        placement.ageAtReference = age;
        placement.requestedAt = Instant.now();
        recordOverride(placement, override);
        if (seat != null) {
            enrol(placement, seat, input.enrolledOn());
        } else {
            placement.status = PlacementStatus.WAITING;
        }
        placements.persist(placement);
        placements.flush();
        return view(placement);
    }

    public PlacementView end(long id, EndInput input) {
        Placement placement = find(id);
        LocalDate endedOn = input.endedOn() == null ? LocalDate.now() : input.endedOn();
        switch (placement.status) {
            case ENDED ->
                throw new ApiProblem(ProblemType.CONFLICT, Message.PLACEMENT_ALREADY_ENDED, placement.outcome);
            case WAITING -> {
                if (input.outcome() != Outcome.WITHDRAWN) {
                    throw ApiProblem.invalid("outcome", Message.WAITING_ENDS_BY_WITHDRAWAL);
                }
            }
            case ENROLLED -> {
                if (input.outcome() == Outcome.WITHDRAWN || input.outcome() == Outcome.TRANSFERRED) {
                    throw ApiProblem.invalid(
                            "outcome",
                            input.outcome() == Outcome.TRANSFERRED
                                    ? Message.MOVE_BY_TRANSFER
                                    : Message.ENROLLED_ENDS_WITH_OUTCOME);
                }
                if (endedOn.isBefore(placement.enrolledOn)) {
                    throw ApiProblem.invalid("endedOn", Message.BEFORE_ENROLMENT_DATE, placement.enrolledOn);
                }
            }
        }
        boolean freesASeat = placement.status == PlacementStatus.ENROLLED;
        Centre centre = freesASeat ? lockedCentre(placement.centreId, "centreId") : null;
        close(placement, input.outcome(), endedOn);
        placements.flush();
        if (freesASeat && centre.active) {
            promoteWaiting(centre, placement.schoolYearId, endedOn);
        }
        return view(placement);
    }

    public PlacementView transfer(long id, TransferInput input) {
        Placement from = find(id);
        if (from.status != PlacementStatus.ENROLLED) {
            throw new ApiProblem(ProblemType.CONFLICT, Message.ONLY_ENROLLED_TRANSFER, from.status);
        }
        if (input.centreId().equals(from.centreId)) {
            throw ApiProblem.invalid("centreId", Message.SAME_CENTRE);
        }
        // lock both centres in id order, so two opposite transfers cannot deadlock
        long first = Math.min(from.centreId, input.centreId());
        Centre a = lockedCentre(first, "centreId");
        Centre b = lockedCentre(Math.max(from.centreId, input.centreId()), "centreId");
        Centre source = a.id.equals(from.centreId) ? a : b;
        Centre target = a.id.equals(from.centreId) ? b : a;
        require(PlacementRules.runs(target.type, from.programme, "centreId"));
        SchoolYear year = schoolYearService.byId(from.schoolYearId);
        Learner learner = learners.find(from.learnerId);
        LocalDate on = input.transferredOn();
        if (on.isBefore(from.enrolledOn)) {
            throw ApiProblem.invalid("transferredOn", Message.BEFORE_ENROLMENT_DATE, from.enrolledOn);
        }
        require(PlacementRules.within(year, on, "transferredOn"));
        int age = requireEligible(learner, year, target, from.programme);
        require(PlacementRules.open(target.active, "centreId"));
        Integer seat = freeClass(target, year.id);
        if (seat == null) {
            throw PlacementRules.full(year, target.capacity, target.classCap);
        }
        String override = requireConsentToShare(learner, target, input.consentOverrideReason());
        close(from, Outcome.TRANSFERRED, on);
        placements.flush();
        Placement to = new Placement();
        to.learnerId = from.learnerId;
        to.centreId = target.id;
        to.schoolYearId = from.schoolYearId;
        to.programme = from.programme;
        to.directorateCode = target.directorateCode;
        to.associationId = target.associationId;
        to.ageAtReference = age;
        to.requestedAt = Instant.now();
        to.transferredFromId = from.id;
        recordOverride(to, override);
        enrol(to, seat, on);
        placements.persist(to);
        placements.flush();
        from.transferredToId = to.id;
        placements.flush();
        if (source.active) {
            promoteWaiting(source, from.schoolYearId, on);
        }
        return view(to);
    }

    private Placement find(long id) {
        return placements.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound(Message.NOT_FOUND_PLACEMENT, id));
    }

    /** The centre, visible to the caller and locked for this transaction: seats are counted under the lock. */
    private Centre lockedCentre(long id, String field) {
        return centres.lockedForPlacing(id).orElseThrow(() -> ApiProblem.invalid(field, Message.CENTRE_NOT_PLACEABLE));
    }

    private static void require(java.util.Optional<ApiProblem> refusal) {
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    private static ApiProblem alreadyPlaced(Learner learner, Placement open, SchoolYear year) {
        return new ApiProblem(
                        ProblemType.ALREADY_PLACED,
                        open.status == PlacementStatus.WAITING
                                ? Message.ALREADY_WAITING_THIS_YEAR
                                : Message.ALREADY_ENROLLED_THIS_YEAR,
                        year.code)
                .with(Map.of(
                        "placementId",
                        open.id,
                        "placementStatus",
                        open.status.name(),
                        "centreId",
                        open.centreId,
                        "schoolYear",
                        year.code,
                        "learnerId",
                        learner.id));
    }

    private int requireEligible(Learner learner, SchoolYear year, Centre centre, Programme programme) {
        int age = AgeRule.ageAt(learner.birthDate, year.ageReferenceDate);
        require(PlacementRules.eligible(
                age, year, programme, schoolYearService.effectiveBands(year.id, centre.directorateCode)));
        return age;
    }

    /**
     * Placing a learner with another association than the one that recorded them shares their
     * personal data: it needs the guardian's consent to share, or an override with its reason.
     * Answers the override reason to keep, or null.
     */
    private String requireConsentToShare(Learner learner, Centre centre, String overrideReason) {
        return PlacementRules.consentToShare(
                learner.associationId,
                centre.associationId,
                learner.consentPurposes.contains(ConsentPurpose.SHARING_WITH_PARTNERS),
                overrideReason);
    }

    private void recordOverride(Placement placement, String reason) {
        if (reason != null) {
            placement.consentOverrideReason = reason;
            placement.consentOverrideBy = caller.username();
        }
    }

    /** The lowest class with a free seat, or null when the centre is full. */
    private Integer freeClass(Centre centre, long schoolYearId) {
        return Classes.firstFree(centre.capacity, centre.classCap, placements.enrolledByClass(centre.id, schoolYearId));
    }

    /** The first on the waiting list take the freed places, enrolled on the day a place was freed (within the year). */
    private void promoteWaiting(Centre centre, long schoolYearId, LocalDate freedOn) {
        LocalDate on = schoolYearService.byId(schoolYearId).within(freedOn);
        for (Placement waiting : placements.waiting(centre.id, schoolYearId)) {
            Integer seat = freeClass(centre, schoolYearId);
            if (seat == null) {
                return;
            }
            enrol(waiting, seat, on);
            placements.flush();
        }
    }

    private static void enrol(Placement placement, int classNumber, LocalDate on) {
        placement.status = PlacementStatus.ENROLLED;
        placement.classNumber = classNumber;
        placement.enrolledOn = on;
    }

    private static void close(Placement placement, Outcome outcome, LocalDate on) {
        placement.status = PlacementStatus.ENDED;
        placement.outcome = outcome;
        placement.endedOn = on;
    }

    private PlacementView view(Placement p) {
        return views(List.of(p)).get(0);
    }

    /** Placements as shown, with their learners' names, centres and waiting positions read once for all of them. */
    private List<PlacementView> views(List<Placement> shown) {
        Map<Long, Learner> people =
                learners.byIds(shown.stream().map(p -> p.learnerId).collect(java.util.stream.Collectors.toSet()));
        Map<Long, Centre> places =
                centres.byIds(shown.stream().map(p -> p.centreId).collect(java.util.stream.Collectors.toSet()));
        Map<Long, Integer> positions = waitingPositions(shown);
        Map<Long, String> years = schoolYearService.codes(
                shown.stream().map(p -> p.schoolYearId).collect(java.util.stream.Collectors.toSet()));
        return shown.stream()
                .map(p -> view(
                        p,
                        people.get(p.learnerId),
                        places.get(p.centreId),
                        years.get(p.schoolYearId),
                        positions.get(p.id)))
                .toList();
    }

    /**
     * The waiting list position of each WAITING placement shown. A page is a run of the list's order (by request
     * time), so the waiting placements it shows of one centre and year follow each other on that centre's waiting
     * list: the first of each is counted in the database (one statement for all), the others follow it.
     */
    private Map<Long, Integer> waitingPositions(List<Placement> shown) {
        Map<String, List<Placement>> lists = new java.util.LinkedHashMap<>();
        shown.stream()
                .filter(p -> p.status == PlacementStatus.WAITING)
                .sorted(java.util.Comparator.comparing((Placement p) -> p.requestedAt)
                        .thenComparing(p -> p.id))
                .forEach(p -> lists.computeIfAbsent(p.centreId + "/" + p.schoolYearId, k -> new ArrayList<>())
                        .add(p));
        Map<Long, Integer> first = placements.waitingPositions(
                lists.values().stream().map(l -> l.get(0).id).toList());
        Map<Long, Integer> positions = new java.util.HashMap<>();
        lists.values().forEach(list -> {
            for (int i = 0; i < list.size(); i++) {
                positions.put(list.get(i).id, first.get(list.get(0).id) + i);
            }
        });
        return positions;
    }

    private PlacementView view(Placement p, Learner learner, Centre centre, String year, Integer position) {
        String arabic = learner == null ? null : learner.firstNameAr + " " + learner.lastNameAr;
        String latin = learner == null || (learner.firstNameLatin == null && learner.lastNameLatin == null)
                ? null
                : ((learner.firstNameLatin == null ? "" : learner.firstNameLatin) + " "
                                + (learner.lastNameLatin == null ? "" : learner.lastNameLatin))
                        .strip();
        return new PlacementView(
                p.id,
                p.learnerId,
                arabic,
                latin,
                p.centreId,
                centre == null ? null : centre.nameAr,
                centre == null ? null : centre.nameFr,
                year,
                p.programme,
                p.status,
                p.classNumber,
                position,
                p.ageAtReference,
                p.requestedAt,
                p.enrolledOn,
                p.endedOn,
                p.outcome,
                p.transferredFromId,
                p.transferredToId,
                p.consentOverrideReason,
                p.version);
    }
}
