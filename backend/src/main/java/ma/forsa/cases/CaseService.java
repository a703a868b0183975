package ma.forsa.cases;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import ma.forsa.association.AssociationService;
import ma.forsa.caravan.Caravan;
import ma.forsa.caravan.CaravanService;
import ma.forsa.caravan.Stop;
import ma.forsa.cases.CaseInputs.CaseInput;
import ma.forsa.cases.CaseInputs.EnrolmentInput;
import ma.forsa.cases.CaseInputs.LinkInput;
import ma.forsa.cases.CaseInputs.NoteInput;
import ma.forsa.cases.CaseInputs.TransitionInput;
import ma.forsa.cases.CaseRepository.Filter;
import ma.forsa.cases.CaseViews.CaseView;
import ma.forsa.cases.CaseViews.Counts;
import ma.forsa.cases.CaseViews.EnrolmentView;
import ma.forsa.cases.CaseViews.Match;
import ma.forsa.cases.CaseViews.NoteView;
import ma.forsa.cases.CaseViews.StatusChangeView;
import ma.forsa.centre.CentreService;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.i18n.Sentence;
import ma.forsa.common.paging.PageParams;
import ma.forsa.common.paging.PageView;
import ma.forsa.common.privacy.PersonErased;
import ma.forsa.common.problem.ApiProblem;
import ma.forsa.common.problem.ApiProblem.FieldText;
import ma.forsa.common.problem.ProblemType;
import ma.forsa.common.security.Caller;
import ma.forsa.common.security.CallerScoped;
import ma.forsa.common.security.Scope;
import ma.forsa.common.text.Text;
import ma.forsa.learner.Learner;
import ma.forsa.learner.LearnerEnums.ConsentPurpose;
import ma.forsa.learner.LearnerErased;
import ma.forsa.learner.LearnerInput;
import ma.forsa.learner.LearnerService;
import ma.forsa.learner.LearnerService.SameChild;
import ma.forsa.learner.LearnerView;
import ma.forsa.placement.PlacementInputs.PlacementInput;
import ma.forsa.placement.PlacementRules;
import ma.forsa.placement.PlacementService;
import ma.forsa.placement.PlacementView;
import ma.forsa.territory.TerritoryService;

/**
 * Identified children: recording them once (checked against learners and cases), following them step by step, and
 * enrolling them through the learner and placement services, so the same rules hold as for any registration.
 */
@ApplicationScoped
@Transactional
@CallerScoped
public class CaseService {

    @Inject
    CaseRepository cases;

    @Inject
    CaravanService caravans;

    @Inject
    AssociationService associations;

    @Inject
    CentreService centres;

    @Inject
    LearnerService learners;

    @Inject
    PlacementService placements;

    @Inject
    TerritoryService territory;

    @Inject
    Caller caller;

    @Inject
    Event<PersonErased> erasing;

    public PageView<CaseView> list(Filter filter, Sort order, PageParams page) {
        return PageView.each(cases.search(filter, order), page, CaseView::of);
    }

    public Counts counts(Filter filter) {
        Map<CaseStatus, Long> byStatus = cases.countByStatus(filter);
        return new Counts(
                byStatus, byStatus.values().stream().mapToLong(Long::longValue).sum());
    }

    public CaseView get(long id) {
        return CaseView.of(find(id));
    }

    /** The records of these ids that the caller may see, as the API shows them, read together (the change feed). */
    public List<CaseView> viewsOf(java.util.Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : cases.list("id in ?1", ids).stream().map(CaseView::of).toList();
    }

    public CaseView create(CaseInput input, boolean confirmedDistinct) {
        Scope scope = caller.scope();
        String directorate =
                caller.directorate().orElseThrow(() -> new ApiProblem(ProblemType.FORBIDDEN, Message.NO_DIRECTORATE));
        ChildCase record = new ChildCase();
        record.directorateCode = directorate;
        record.recordedBy = caller.username();
        where(record, input);
        Long association = scope.associationOnly() ? scope.association() : input.associationId();
        if (association == null && !scope.associationOnly()) {
            association = memberAssociation(record);
        }
        if (association != null && !scope.associationOnly() && !associations.isActiveInScope(association)) {
            throw ApiProblem.invalid("associationId", Message.ASSOCIATION_NOT_ACTIVE_HERE);
        }
        record.associationId = association;
        apply(record, input);
        requireNotKnown(record, confirmedDistinct);
        record.statusChangedOn = record.foundOn;
        cases.persist(record);
        cases.flush();
        change(record, null, CaseStatus.IDENTIFIED, record.foundOn, null);
        return CaseView.of(record);
    }

    public CaseView update(long id, CaseInput input) {
        ChildCase record = find(id);
        requireNotErased(record);
        ApiProblem.requireVersion(input.version(), record.version);
        if (!java.util.Objects.equals(input.stopId(), record.stopId)) {
            throw ApiProblem.invalid("stopId", Message.CASE_STOP_FIXED);
        }
        if (input.associationId() != null && !input.associationId().equals(record.associationId)) {
            throw ApiProblem.invalid("associationId", Message.CASE_RECORDED_BY_FIXED);
        }
        where(record, input);
        apply(record, input);
        // a correction keeps the name check off (the child was told apart when recorded); a MASSAR code stays unique
        requireNotKnown(record, true);
        cases.flush();
        return CaseView.of(record);
    }

    public CaseView transition(long id, TransitionInput input) {
        ChildCase record = find(id);
        requireNotErased(record);
        ApiProblem.requireVersion(input.version(), record.version);
        CaseStatus from = record.status;
        CaseStatus to = input.to();
        if (!from.next().contains(to)) {
            throw to == CaseStatus.ENROLLED && from.open()
                    ? new ApiProblem(ProblemType.CONFLICT, Message.CASE_ENROLLED_BY_ENROLMENT)
                    : new ApiProblem(ProblemType.CONFLICT, Message.CASE_MOVE_REFUSED, from, to, from.next());
        }
        LocalDate on = input.on() == null ? LocalDate.now() : input.on();
        String reason = Text.clean(input.reason());
        List<FieldText> errors = new ArrayList<>();
        if (on.isBefore(record.statusChangedOn)) {
            errors.add(FieldText.of("on", Message.CASE_MOVE_BEFORE_LAST, record.statusChangedOn));
        }
        if ((to == CaseStatus.DECLINED || to == CaseStatus.UNREACHABLE || to == CaseStatus.NOT_ELIGIBLE)
                && reason == null) {
            errors.add(FieldText.of("reason", Message.CASE_MOVE_NEEDS_REASON, to));
        }
        if (to == CaseStatus.REFERRED) {
            refer(record, input, errors);
        } else {
            Stream.of(
                            input.referredAssociationId() == null ? null : "referredAssociationId",
                            input.referredCentreId() == null ? null : "referredCentreId",
                            input.consentOverrideReason() == null ? null : "consentOverrideReason")
                    .filter(java.util.Objects::nonNull)
                    .forEach(field -> errors.add(FieldText.of(field, Message.CASE_ONLY_FOR_REFERRAL)));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        if (to == CaseStatus.REFERRED) {
            record.referralOverride = PlacementRules.consentToShare(
                    record.associationId,
                    record.referredAssociationId,
                    record.shareConsent,
                    input.consentOverrideReason());
        } else if (to == CaseStatus.CONTACTED) {
            record.referredAssociationId = null;
            record.referredCentreId = null;
            record.referralOverride = null;
        }
        record.status = to;
        record.statusChangedOn = on;
        cases.flush();
        change(record, from, to, on, reason);
        return CaseView.of(record);
    }

    public List<StatusChangeView> history(long id) {
        find(id);
        return cases.history(id).stream().map(StatusChangeView::of).toList();
    }

    public List<NoteView> notes(long id) {
        find(id);
        return cases.notes(id).stream().map(NoteView::of).toList();
    }

    public NoteView addNote(long id, NoteInput input) {
        ChildCase record = find(id);
        requireNotErased(record);
        CaseNote note = new CaseNote();
        note.caseId = id;
        note.notedOn = input.notedOn() == null ? LocalDate.now() : input.notedOn();
        if (note.notedOn.isBefore(record.foundOn)) {
            throw ApiProblem.invalid("notedOn", Message.CASE_NOTE_BEFORE_FOUND, record.foundOn);
        }
        note.text = input.text().strip();
        note.writtenBy = caller.username();
        note.writtenAt = Instant.now();
        cases.save(note);
        cases.flush();
        return NoteView.of(note);
    }

    /**
     * Registers the child as a learner and places them, in this one transaction, through the learner and placement
     * services: a refusal of either (a duplicate, eligibility, a full centre, consent) leaves nothing behind.
     */
    public EnrolmentView enrol(long id, EnrolmentInput input) {
        ChildCase record = find(id);
        requireNotErased(record);
        requireOpen(record);
        LocalDate birthDate = input.birthDate() != null ? input.birthDate() : record.birthDate;
        if (birthDate == null) {
            throw ApiProblem.invalid("birthDate", Message.CASE_BIRTH_DATE_NEEDED, record.estimatedAge);
        }
        LearnerView learner = learners.register(learnerInput(record, birthDate), input.confirmDistinct());
        PlacementView placement = placements.place(new PlacementInput(
                learner.id(),
                input.centreId(),
                input.schoolYear(),
                input.programme(),
                input.enrolledOn(),
                input.waitlistIfFull(),
                input.consentOverrideReason()));
        CaseStatus from = record.status;
        record.learnerId = learner.id();
        record.status = CaseStatus.ENROLLED;
        record.statusChangedOn = LocalDate.now();
        cases.flush();
        change(record, from, CaseStatus.ENROLLED, record.statusChangedOn, null);
        return new EnrolmentView(CaseView.of(record), learner.id(), placement.id(), placement.status());
    }

    /** The child turned out to be a learner already registered: the case is theirs, and ENROLLED. */
    public CaseView link(long id, LinkInput input) {
        ChildCase record = find(id);
        requireNotErased(record);
        requireOpen(record);
        Learner learner;
        try {
            learner = learners.find(input.learnerId());
        } catch (ApiProblem notFound) {
            throw ApiProblem.invalid("learnerId", Message.NOT_FOUND_LEARNER, input.learnerId());
        }
        LearnerService.requireNotAnonymised(learner);
        CaseStatus from = record.status;
        record.learnerId = learner.id;
        record.status = CaseStatus.ENROLLED;
        record.statusChangedOn = LocalDate.now();
        cases.flush();
        change(record, from, CaseStatus.ENROLLED, record.statusChangedOn, null);
        return CaseView.of(record);
    }

    /** Erases the child's personal data for good, on request (law 09-08); what statistics count stays. */
    public CaseView erase(long id, String reason) {
        ChildCase record = find(id);
        requireNotErased(record);
        anonymise(record, caller.username(), Text.clean(reason));
        cases.flush();
        return CaseView.of(record);
    }

    /** Erasing a learner erases the case that found them, in the same transaction. */
    void onLearnerErased(@Observes LearnerErased erased) {
        for (ChildCase record : cases.ofLearner(erased.learnerId())) {
            if (record.anonymisedAt == null) {
                anonymise(record, erased.by(), erased.reason());
            }
        }
    }

    private void anonymise(ChildCase record, String by, String reason) {
        erasing.fire(new PersonErased(List.of(record.firstNameAr, record.lastNameAr)));
        record.anonymise(by, reason);
        cases.eraseText(record.id);
    }

    private ChildCase find(long id) {
        return cases.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound(Message.NOT_FOUND_CASE, id));
    }

    private static void requireNotErased(ChildCase record) {
        if (record.anonymisedAt != null) {
            throw new ApiProblem(ProblemType.CONFLICT, Message.CASE_ERASED);
        }
    }

    private static void requireOpen(ChildCase record) {
        if (!record.status.open() || record.learnerId != null) {
            throw new ApiProblem(ProblemType.CONFLICT, Message.CASE_NOT_OPEN, record.status);
        }
    }

    /** Where the child was found: the stop, its caravan and campaign, the team member. */
    private void where(ChildCase record, CaseInput input) {
        List<FieldText> errors = new ArrayList<>();
        Stop stop = null;
        if (input.stopId() != null) {
            try {
                stop = caravans.findStop(input.stopId());
            } catch (ApiProblem notFound) {
                errors.add(FieldText.of("stopId", Message.NOT_FOUND_STOP, input.stopId()));
            }
        }
        if (stop != null) {
            Caravan caravan = caravans.find(stop.caravanId);
            record.stopId = stop.id;
            record.caravanId = caravan.id;
            record.campaignId = caravan.campaignId;
            if (input.foundByMemberId() != null
                    && caravans.member(caravan.id, input.foundByMemberId()).isEmpty()) {
                errors.add(FieldText.of("foundByMemberId", Message.NOT_A_MEMBER_OF_CARAVAN, input.foundByMemberId()));
            }
            record.foundByMemberId = input.foundByMemberId();
        } else if (input.foundByMemberId() != null) {
            errors.add(FieldText.of("foundByMemberId", Message.CASE_MEMBER_NEEDS_STOP));
        }
        record.foundOn = input.foundOn() != null ? input.foundOn() : stop != null ? stop.visitOn : LocalDate.now();
        if (stop != null && record.foundOn.isBefore(stop.visitOn)) {
            errors.add(FieldText.of("foundOn", Message.CASE_FOUND_BEFORE_STOP, stop.visitOn));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }

    private Long memberAssociation(ChildCase record) {
        if (record.foundByMemberId == null) {
            return null;
        }
        return caravans.member(record.caravanId, record.foundByMemberId)
                .map(m -> m.associationId)
                .orElse(null);
    }

    private void apply(ChildCase c, CaseInput input) {
        List<FieldText> errors = new ArrayList<>();
        if (input.birthDate() == null && input.estimatedAge() == null) {
            errors.add(FieldText.of("birthDate", Message.CASE_BIRTH_OR_AGE));
        }
        if (input.birthDate() != null && input.estimatedAge() != null) {
            errors.add(FieldText.of("estimatedAge", Message.CASE_BIRTH_AND_AGE));
        }
        if (input.shareConsent() && Text.blank(input.guardianName())) {
            errors.add(FieldText.of("guardianName", Message.CASE_CONSENT_NEEDS_GUARDIAN));
        }
        if (input.communeCode() != null
                && !territory.isCommuneOf(c.directorateCode, input.communeCode().strip())) {
            errors.add(FieldText.of("communeCode", Message.COMMUNE_NOT_OF_DIRECTORATE));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        c.firstNameAr = input.firstNameAr().strip();
        c.lastNameAr = input.lastNameAr().strip();
        c.firstNameLatin = Text.clean(input.firstNameLatin());
        c.lastNameLatin = Text.clean(input.lastNameLatin());
        c.sex = input.sex();
        c.birthDate = input.birthDate();
        c.estimatedAge = input.estimatedAge();
        c.massarCode =
                input.massarCode() == null ? null : input.massarCode().strip().toUpperCase();
        c.guardianName = Text.clean(input.guardianName());
        c.guardianRelation = input.guardianRelation();
        c.guardianPhone = Text.clean(input.guardianPhone());
        c.communeCode = Text.clean(input.communeCode());
        c.address = Text.clean(input.address());
        c.lastGradeCompleted = input.lastGradeCompleted();
        c.yearLeftSchool = input.yearLeftSchool();
        c.dropoutReason = input.dropoutReason();
        c.shareConsent = input.shareConsent();
        c.dates();
        c.keys();
    }

    /**
     * One child is counted once: a learner or another case with the same MASSAR code, or the same name (any
     * spelling variant) born the same day or, for an estimated age, within a year, answers 409 with the ids the
     * caller may see, unless the caller confirms it is another child. A MASSAR code is never confirmed away.
     */
    private void requireNotKnown(ChildCase c, boolean confirmedDistinct) {
        boolean byName = !confirmedDistinct;
        if (!byName && c.massarCode == null) {
            return;
        }
        LocalDate from = c.birthDate != null ? c.birthDate : c.approxBirthDate.minusYears(1);
        LocalDate to = c.birthDate != null ? c.birthDate : c.approxBirthDate.plusYears(1);
        SameChild sameLearners = learners.sameChild(
                c.directorateCode, c.massarCode, byName ? c.nameKey : null, c.nameKeyLatin, from, to);
        List<Long> sameCases = cases.sameChild(c, byName);
        if (sameLearners.count() == 0 && sameCases.isEmpty()) {
            return;
        }
        List<Match> matches = new ArrayList<>();
        sameLearners.visibleIds().forEach(id -> matches.add(new Match(Match.Kind.LEARNER, id)));
        cases.visible(sameCases).forEach(id -> matches.add(new Match(Match.Kind.CASE, id)));
        int hidden = sameLearners.count() + sameCases.size() - matches.size();
        throw new ApiProblem(
                        ProblemType.DUPLICATE,
                        Sentence.of(Message.CASE_MAY_BE_KNOWN, sameLearners.count(), sameCases.size(), hidden),
                        List.of(FieldText.of(
                                c.massarCode != null && !byName ? "massarCode" : "lastNameAr",
                                Message.ALREADY_REGISTERED)),
                        Map.of())
                .with(Map.of("matches", matches));
    }

    private void refer(ChildCase record, TransitionInput input, List<FieldText> errors) {
        Long association = input.referredAssociationId();
        Long centre = input.referredCentreId();
        if (association == null && centre == null) {
            errors.add(FieldText.of("referredAssociationId", Message.CASE_REFERRAL_NEEDS_WHERE));
            return;
        }
        if (centre != null) {
            Long ofCentre =
                    centres.associationOfActive(centre, record.directorateCode).orElse(null);
            if (ofCentre == null) {
                errors.add(FieldText.of("referredCentreId", Message.CENTRE_NOT_OPEN_HERE));
                return;
            }
            if (association != null && !association.equals(ofCentre)) {
                errors.add(FieldText.of("referredCentreId", Message.CENTRE_NOT_OF_ASSOCIATION));
                return;
            }
            association = ofCentre;
        } else if (!associations.isActiveInDirectorate(association, record.directorateCode)) {
            errors.add(FieldText.of("referredAssociationId", Message.ASSOCIATION_NOT_ACTIVE_HERE));
            return;
        }
        record.referredAssociationId = association;
        record.referredCentreId = centre;
    }

    private LearnerInput learnerInput(ChildCase c, LocalDate birthDate) {
        return new LearnerInput(
                c.firstNameAr,
                c.lastNameAr,
                c.firstNameLatin,
                c.lastNameLatin,
                birthDate,
                c.sex,
                null,
                c.massarCode,
                c.guardianName,
                c.guardianRelation,
                c.guardianPhone,
                c.communeCode,
                c.address,
                c.lastGradeCompleted,
                c.yearLeftSchool,
                c.dropoutReason,
                null,
                c.shareConsent ? c.guardianName : null,
                c.shareConsent ? c.guardianRelation : null,
                c.shareConsent ? c.foundOn : null,
                c.shareConsent ? List.of(ConsentPurpose.SHARING_WITH_PARTNERS) : List.of(),
                c.associationId,
                null);
    }

    private void change(ChildCase record, CaseStatus from, CaseStatus to, LocalDate on, String reason) {
        CaseStatusChange change = new CaseStatusChange();
        change.caseId = record.id;
        change.fromStatus = from;
        change.toStatus = to;
        change.changedOn = on;
        change.changedAt = Instant.now();
        change.changedBy = caller.username();
        change.reason = reason;
        cases.save(change);
    }
}
