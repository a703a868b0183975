package ma.forsa.territory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.problem.ApiProblem;
import ma.forsa.territory.TerritoryViews.CommuneView;
import ma.forsa.territory.TerritoryViews.DirectorateView;

/** The academy → directorate → commune tree. Public reference data: not scoped. */
@ApplicationScoped
@Transactional
public class TerritoryService {

    @Inject
    EntityManager em;

    public List<DirectorateView> directorates() {
        return em.createQuery("from Directorate order by code", Directorate.class).getResultList().stream()
                .map(DirectorateView::of)
                .toList();
    }

    public List<CommuneView> communes(String directorateCode) {
        if (em.find(Directorate.class, directorateCode) == null) {
            throw ApiProblem.notFound(Message.NOT_FOUND_DIRECTORATE, directorateCode);
        }
        return em
                .createQuery("from Commune where directorateCode = :d order by nameFr", Commune.class)
                .setParameter("d", directorateCode)
                .getResultList()
                .stream()
                .map(CommuneView::of)
                .toList();
    }

    /** The codes of an academy's directorates (none for an unknown academy). */
    public List<String> directoratesOf(String academyCode) {
        return em.createQuery("select d.code from Directorate d where d.academyCode = :a order by d.code", String.class)
                .setParameter("a", academyCode)
                .getResultList();
    }

    public boolean isCommuneOf(String directorateCode, String communeCode) {
        Commune commune = em.find(Commune.class, communeCode);
        return commune != null && commune.directorateCode.equals(directorateCode);
    }

    public java.util.Set<String> communeCodes(String directorateCode) {
        return new java.util.HashSet<>(
                em.createQuery("select c.code from Commune c where c.directorateCode = :d", String.class)
                        .setParameter("d", directorateCode)
                        .getResultList());
    }

    /** A commune given in input must exist and belong to the directorate; null is allowed. */
    public void requireCommuneIn(String directorateCode, String communeCode) {
        if (communeCode == null || communeCode.isBlank()) {
            return;
        }
        Commune commune = em.find(Commune.class, communeCode.strip());
        if (commune == null || !commune.directorateCode.equals(directorateCode)) {
            throw ApiProblem.invalid("communeCode", Message.COMMUNE_NOT_OF_DIRECTORATE);
        }
    }
}
