package ma.forsa.centre;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import ma.forsa.association.AssociationService;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.paging.PageParams;
import ma.forsa.common.paging.PageView;
import ma.forsa.common.problem.ApiProblem;
import ma.forsa.common.problem.ProblemType;
import ma.forsa.common.security.Caller;
import ma.forsa.common.security.CallerScoped;
import ma.forsa.common.text.Text;
import ma.forsa.programme.Programme;
import ma.forsa.territory.TerritoryService;

@ApplicationScoped
@Transactional
@CallerScoped
public class CentreService {

    @Inject
    CentreRepository centres;

    @Inject
    AssociationService associations;

    @Inject
    TerritoryService territory;

    @Inject
    Caller caller;

    public PageView<CentreView> list(
            String text,
            Programme type,
            Long associationId,
            String communeCode,
            Boolean active,
            Sort order,
            PageParams page) {
        return PageView.each(
                centres.search(text, type, associationId, communeCode, active, order), page, CentreView::of);
    }

    public CentreView get(long id) {
        return CentreView.of(find(id));
    }

    /** The records of these ids that the caller may see, as the API shows them, read together (the change feed). */
    public List<CentreView> viewsOf(java.util.Collection<Long> ids) {
        return byIds(ids).values().stream().map(CentreView::of).toList();
    }

    /** A centre the caller may see, for the features that work with centres. */
    /** Every centre the caller (or the background work's owner) may see, for checking a file of placements. */
    public List<Centre> visible() {
        return centres.listAll();
    }

    /**
     * The centre, visible in the scope and locked until the transaction ends: seats are counted under the lock, so
     * two placements cannot take the same last seat.
     */
    public java.util.Optional<Centre> lockedForPlacing(long id) {
        java.util.Optional<Centre> centre = centres.findByIdOptional(id);
        centre.ifPresent(
                c -> centres.getEntityManager().refresh(c, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
        return centre;
    }

    /** The centres of these ids the caller may see, in one query (for the lists that name them). */
    public java.util.Map<Long, Centre> byIds(java.util.Collection<Long> ids) {
        return ma.forsa.common.persistence.ByIds.of(centres, ids, c -> c.id);
    }

    public java.util.Optional<Centre> findOptional(long id) {
        return centres.findByIdOptional(id);
    }

    /** The association of an active centre of a directorate, whoever asks (a referral to another's centre). */
    public java.util.Optional<Long> associationOfActive(long id, String directorate) {
        @SuppressWarnings("unchecked")
        List<Number> found = centres.getEntityManager()
                .createNativeQuery(
                        "SELECT association_id FROM centre WHERE id = ?1 AND directorate_code = ?2 AND active")
                .setParameter(1, id)
                .setParameter(2, directorate)
                .getResultList();
        return found.stream().findFirst().map(Number::longValue);
    }

    private Centre find(long id) {
        return centres.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound(Message.NOT_FOUND_CENTRE, id));
    }

    public CentreView create(CentreInput input) {
        String directorate =
                caller.directorate().orElseThrow(() -> new ApiProblem(ProblemType.FORBIDDEN, Message.NO_DIRECTORATE));
        Centre centre = new Centre();
        centre.directorateCode = directorate;
        centre.type = input.type();
        apply(centre, input);
        centres.persist(centre);
        centres.flush();
        return CentreView.of(centre);
    }

    public CentreView update(long id, CentreInput input) {
        Centre centre = find(id);
        ApiProblem.requireVersion(input.version(), centre.version);
        if (input.type() != centre.type) {
            throw ApiProblem.invalid("type", Message.CENTRE_PROGRAMME_FIXED, centre.type);
        }
        apply(centre, input);
        centres.flush();
        return CentreView.of(centre);
    }

    public CentreView setActive(long id, boolean active) {
        Centre centre = find(id);
        centre.active = active;
        centres.flush();
        return CentreView.of(centre);
    }

    private void apply(Centre centre, CentreInput input) {
        if (!input.type().ageBanded) {
            throw ApiProblem.invalid("type", Message.CENTRE_PROGRAMME_AGE_BANDED);
        }
        if (!associations.isActiveInScope(input.associationId())) {
            throw ApiProblem.invalid("associationId", Message.ASSOCIATION_NOT_ACTIVE_HERE);
        }
        territory.requireCommuneIn(centre.directorateCode, input.communeCode());
        // a small centre (fewer places than a class holds) is one class of its size
        int classCap =
                input.classCap() == null ? Math.min(Centre.DEFAULT_CLASS_CAP, input.capacity()) : input.classCap();
        if (classCap > input.capacity()) {
            throw ApiProblem.invalid("classCap", Message.CLASS_OVER_CAPACITY, input.capacity());
        }
        List<Strand> strands = input.strands() == null ? List.of() : input.strands();
        List<String> trades = input.trades() == null
                ? List.of()
                : input.trades().stream().map(String::strip).toList();
        if (input.type() == Programme.NFE_BASIC && !strands.isEmpty()) {
            throw ApiProblem.invalid("strands", Message.STRANDS_E2C_NG_ONLY);
        }
        if (!trades.isEmpty() && !strands.contains(Strand.TRADES_INTRODUCTION)) {
            throw ApiProblem.invalid("trades", Message.TRADES_NEED_STRAND);
        }
        String nameAr = input.nameAr().strip();
        centres.findByName(centre.directorateCode, nameAr)
                .filter(other -> !other.id.equals(centre.id))
                .ifPresent(other -> {
                    throw ApiProblem.conflict("nameAr", Message.CENTRE_NAME_TAKEN, other.id);
                });
        centre.nameAr = nameAr;
        centre.nameFr = Text.clean(input.nameFr());
        centre.associationId = input.associationId();
        centre.communeCode = input.communeCode().strip();
        centre.address = Text.clean(input.address());
        centre.capacity = input.capacity();
        centre.classCap = classCap;
        centre.openedOn = input.openedOn();
        centre.strands.clear();
        centre.strands.addAll(strands.isEmpty() ? EnumSet.noneOf(Strand.class) : EnumSet.copyOf(strands));
        centre.trades.clear();
        centre.trades.addAll(new TreeSet<>(trades));
    }
}
