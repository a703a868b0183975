package ma.forsa.association;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.paging.PageParams;
import ma.forsa.common.paging.PageView;
import ma.forsa.common.problem.ApiProblem;
import ma.forsa.common.problem.ProblemType;
import ma.forsa.common.security.Caller;
import ma.forsa.common.security.CallerScoped;
import ma.forsa.common.text.Text;
import ma.forsa.territory.TerritoryService;

@ApplicationScoped
@Transactional
@CallerScoped
public class AssociationService {

    @Inject
    AssociationRepository associations;

    @Inject
    TerritoryService territory;

    @Inject
    Caller caller;

    /** {@code order} null: by Arabic name. */
    public PageView<AssociationView> list(String text, Boolean active, Sort order, PageParams page) {
        return PageView.each(associations.search(text, active, order), page, AssociationView::of);
    }

    public AssociationView get(long id) {
        return AssociationView.of(find(id));
    }

    public AssociationView create(AssociationInput input) {
        String directorate =
                caller.directorate().orElseThrow(() -> new ApiProblem(ProblemType.FORBIDDEN, Message.NO_DIRECTORATE));
        String nameAr = input.nameAr().strip();
        territory.requireCommuneIn(directorate, input.communeCode());
        requireUniqueName(directorate, nameAr, null);
        Association association = new Association();
        association.directorateCode = directorate;
        apply(association, input);
        associations.persist(association);
        associations.flush();
        return AssociationView.of(association);
    }

    public AssociationView update(long id, AssociationInput input) {
        Association association = find(id);
        ApiProblem.requireVersion(input.version(), association.version);
        territory.requireCommuneIn(association.directorateCode, input.communeCode());
        requireUniqueName(association.directorateCode, input.nameAr().strip(), association.id);
        apply(association, input);
        associations.flush();
        return AssociationView.of(association);
    }

    public AssociationView setActive(long id, boolean active) {
        Association association = find(id);
        if (association.active != active) {
            association.active = active;
            associations.flush();
        }
        return AssociationView.of(association);
    }

    /** Whether an association exists, is active and is visible to the caller. */
    public boolean isActiveInScope(Long id) {
        return id != null
                && associations.findByIdOptional(id).map(a -> a.active).orElse(false);
    }

    /**
     * Whether an association is active in a directorate, whoever asks (an association's staff refer a child to
     * another association they do not see).
     */
    public boolean isActiveInDirectorate(long id, String directorate) {
        return ((Number) associations
                                .getEntityManager()
                                .createNativeQuery(
                                        "SELECT COUNT(*) FROM association WHERE id = ?1 AND directorate_code = ?2 AND active")
                                .setParameter(1, id)
                                .setParameter(2, directorate)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    private Association find(long id) {
        return associations
                .findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound(Message.NOT_FOUND_ASSOCIATION, id));
    }

    private void requireUniqueName(String directorate, String nameAr, Long self) {
        associations
                .findByName(directorate, nameAr)
                .filter(other -> !other.id.equals(self))
                .ifPresent(other -> {
                    throw ApiProblem.conflict("nameAr", Message.ASSOCIATION_NAME_TAKEN, other.id);
                });
    }

    private static void apply(Association a, AssociationInput input) {
        a.nameAr = input.nameAr().strip();
        a.nameFr = Text.clean(input.nameFr());
        a.acronym = Text.clean(input.acronym());
        a.registrationNumber = Text.clean(input.registrationNumber());
        a.communeCode = Text.clean(input.communeCode());
        a.address = Text.clean(input.address());
        a.phone = Text.clean(input.phone());
        a.email = Text.clean(input.email());
        a.contactName = Text.clean(input.contactName());
    }
}
