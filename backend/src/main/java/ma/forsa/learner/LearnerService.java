package ma.forsa.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.forsa.association.AssociationService;
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
import ma.forsa.learner.LearnerRepository.Filter;
import ma.forsa.placement.CurrentPlacement;
import ma.forsa.placement.PlacementService;
import ma.forsa.territory.TerritoryService;

/** Learners: registration with duplicate detection, search, and their record. */
@ApplicationScoped
@Transactional
@CallerScoped
public class LearnerService {

    @Inject
    LearnerRepository learners;

    @Inject
    AssociationService associations;

    @Inject
    TerritoryService territory;

    @Inject
    Caller caller;

    @Inject
    jakarta.enterprise.event.Event<LearnerErased> erased;

    @Inject
    jakarta.enterprise.event.Event<PersonErased> erasing;

    /** Where learners are placed (PlacementService uses this service too: CDI resolves the cycle through proxies). */
    @Inject
    PlacementService placements;

    public PageView<LearnerView> search(Filter filter, PageParams page) {
        PageView<Learner> found = PageView.each(learners.search(filter), page, learner -> learner);
        Map<Long, CurrentPlacement> current =
                placements.currentOf(found.items().stream().map(l -> l.id).toList());
        return found.withItems(found.items().stream()
                .map(l -> LearnerView.of(l, current.get(l.id)))
                .toList());
    }

    public LearnerView get(long id) {
        return view(find(id));
    }

    /** The records of these ids that the caller may see, as the API shows them, read together (the change feed). */
    public List<LearnerView> viewsOf(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Learner> found = learners.list("id in ?1", ids);
        Map<Long, CurrentPlacement> current =
                placements.currentOf(found.stream().map(l -> l.id).toList());
        return found.stream().map(l -> LearnerView.of(l, current.get(l.id))).toList();
    }

    private LearnerView view(Learner learner) {
        return LearnerView.of(learner, placements.currentOf(List.of(learner.id)).get(learner.id));
    }

    /** A learner the caller may see, for the features that work with learners. */
    public Learner find(long id) {
        return learners.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound(Message.NOT_FOUND_LEARNER, id));
    }

    /** The learners of these ids the caller may see, in one query (for the lists that name them). */
    public Map<Long, Learner> byIds(java.util.Collection<Long> ids) {
        return ma.forsa.common.persistence.ByIds.of(learners, ids, l -> l.id);
    }

    public LearnerView register(LearnerInput input, boolean confirmedDistinct) {
        Scope scope = caller.scope();
        String directorate =
                caller.directorate().orElseThrow(() -> new ApiProblem(ProblemType.FORBIDDEN, Message.NO_DIRECTORATE));
        Learner learner = new Learner();
        learner.directorateCode = directorate;
        learner.associationId = scope.associationOnly() ? scope.association() : input.associationId();
        if (learner.associationId != null && !associations.isActiveInScope(learner.associationId)) {
            throw ApiProblem.invalid("associationId", Message.ASSOCIATION_NOT_ACTIVE_HERE);
        }
        apply(learner, input);
        learner.keys();
        requireNotDuplicate(learner, confirmedDistinct);
        learners.persist(learner);
        learners.flush();
        return LearnerView.of(learner, null);
    }

    public LearnerView update(long id, LearnerInput input) {
        Learner learner = find(id);
        requireNotAnonymised(learner);
        ApiProblem.requireVersion(input.version(), learner.version);
        followedBy(learner, input.associationId());
        apply(learner, input);
        learner.keys();
        // a correction keeps the name check off (the person was told apart when registered); a MASSAR code is unique
        requireNotDuplicate(learner, true);
        learners.flush();
        return view(learner);
    }

    /**
     * Directorate staff may name the association that follows a learner nobody follows yet; once one
     * does, it changes only by transferring the learner's placement (where the guardian's consent to
     * share is checked), so another association here is refused rather than silently ignored.
     */
    private void followedBy(Learner learner, Long associationId) {
        if (associationId == null || associationId.equals(learner.associationId)) {
            return;
        }
        if (learner.associationId != null || caller.scope().associationOnly()) {
            throw ApiProblem.invalid("associationId", Message.ASSOCIATION_CHANGES_BY_TRANSFER);
        }
        if (!associations.isActiveInScope(associationId)) {
            throw ApiProblem.invalid("associationId", Message.ASSOCIATION_NOT_ACTIVE_HERE);
        }
        learner.associationId = associationId;
    }

    /**
     * Erases the learner's personal fields for good, on the request of the learner or their guardian
     * (law 09-08); statistics do not change. Refused while the learner is placed or waiting.
     */
    public LearnerView anonymise(long id, String reason) {
        Learner learner = find(id);
        // locked: a placement made at the same moment either comes first (and this is refused) or sees the erasure
        learners.getEntityManager().refresh(learner, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        requireNotAnonymised(learner);
        if (placements.isPlaced(id)) {
            throw new ApiProblem(ProblemType.CONFLICT, Message.ERASURE_WHILE_PLACED);
        }
        erasing.fire(new PersonErased(List.of(learner.firstNameAr, learner.lastNameAr)));
        learner.anonymise(caller.username(), Text.clean(reason));
        placements.eraseOverrideReasons(id);
        erased.fire(new LearnerErased(id, caller.username(), Text.clean(reason)));
        learners.flush();
        return view(learner);
    }

    /**
     * Learners who may be a child an outreach team found (MASSAR code, or name key and birth date within the
     * window), and of them those the caller may see.
     */
    public SameChild sameChild(
            String directorate, String massarCode, String nameKey, String nameKeyLatin, LocalDate from, LocalDate to) {
        List<Long> all = learners.sameChild(directorate, massarCode, nameKey, nameKeyLatin, from, to);
        List<Long> visible = all.isEmpty()
                ? List.of()
                : learners.find("id in ?1", all).stream()
                        .map(l -> l.id)
                        .sorted()
                        .toList();
        return new SameChild(all.size(), visible);
    }

    /** How many learners may be the child, and the ids of those the caller may see. */
    public record SameChild(int count, List<Long> visibleIds) {}

    /** For the services that would change or place a learner. */
    public static void requireNotAnonymised(Learner learner) {
        if (learner.anonymisedAt != null) {
            throw new ApiProblem(
                    ProblemType.CONFLICT,
                    Message.LEARNER_ERASED,
                    learner.anonymisedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate());
        }
    }

    private void requireNotDuplicate(Learner learner, boolean confirmedDistinct) {
        if (learner.massarCode != null) {
            learners.holderOfMassar(learner.massarCode, learner.id).ifPresent(existing -> {
                throw duplicate(existing, Message.DUPLICATE_MASSAR, "massarCode", learner.massarCode);
            });
        }
        if (!confirmedDistinct) {
            learners.sameNameAndBirth(learner.directorateCode, learner.nameKey, learner.nameKeyLatin, learner.birthDate)
                    .ifPresent(existing -> {
                        throw duplicate(existing, Message.DUPLICATE_NAME_AND_BIRTH, "lastNameAr");
                    });
        }
    }

    /** The existing learner's id is given only to a caller who may see that learner. */
    private ApiProblem duplicate(long existing, Message what, String field, Object... args) {
        Optional<Learner> visible = learners.findByIdOptional(existing);
        Sentence where = visible.isPresent()
                ? Sentence.of(Message.DUPLICATE_SEEN, existing)
                : Sentence.of(Message.DUPLICATE_OUT_OF_SCOPE);
        List<Object> all = new java.util.ArrayList<>(List.of(args));
        all.add(where);
        return new ApiProblem(
                ProblemType.DUPLICATE,
                Sentence.of(what, all.toArray()),
                List.of(FieldText.of(field, Message.ALREADY_REGISTERED)),
                visible.isPresent() ? Map.of("existingId", existing) : Map.of());
    }

    private void apply(Learner l, LearnerInput input) {
        List<FieldText> broken = LearnerRules.check(input, code -> territory.isCommuneOf(l.directorateCode, code));
        if (!broken.isEmpty()) {
            throw ApiProblem.invalid(broken);
        }
        boolean consentGiven =
                input.consentPurposes() != null && !input.consentPurposes().isEmpty();
        l.firstNameAr = input.firstNameAr().strip();
        l.lastNameAr = input.lastNameAr().strip();
        l.firstNameLatin = Text.clean(input.firstNameLatin());
        l.lastNameLatin = Text.clean(input.lastNameLatin());
        l.birthDate = input.birthDate();
        l.sex = input.sex();
        l.nationality = input.nationality() == null ? Learner.DEFAULT_NATIONALITY : input.nationality();
        l.massarCode =
                input.massarCode() == null ? null : input.massarCode().strip().toUpperCase();
        l.guardianName = Text.clean(input.guardianName());
        l.guardianRelation = input.guardianRelation();
        l.guardianPhone = Text.clean(input.guardianPhone());
        l.communeCode = Text.clean(input.communeCode());
        l.address = Text.clean(input.address());
        l.lastGradeCompleted = input.lastGradeCompleted();
        l.yearLeftSchool = input.yearLeftSchool();
        l.dropoutReason = input.dropoutReason();
        l.dropoutReasonDetail = Text.clean(input.dropoutReasonDetail());
        l.consentGivenBy = Text.clean(input.consentGivenBy());
        l.consentRelation = input.consentRelation();
        l.consentGivenOn = input.consentGivenOn();
        l.consentPurposes.clear();
        if (consentGiven) {
            l.consentPurposes.addAll(EnumSet.copyOf(input.consentPurposes()));
        }
    }
}
