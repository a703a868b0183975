package ma.forsa.schoolyear;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import ma.forsa.programme.Programme;

@ApplicationScoped
public class SchoolYearRepository implements PanacheRepository<SchoolYear> {

    public Optional<SchoolYear> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The default bands of a year and those of one directorate. */
    public List<AgeBand> bands(long schoolYearId, String directorateCode) {
        return getEntityManager()
                .createQuery(
                        "from AgeBand where schoolYearId = :year and (directorateCode is null or directorateCode = :d)"
                                + " order by programme, directorateCode",
                        AgeBand.class)
                .setParameter("year", schoolYearId)
                .setParameter("d", directorateCode == null ? "" : directorateCode)
                .getResultList();
    }

    /** The same for several years at once (the list of years). */
    public List<AgeBand> bands(java.util.Collection<Long> schoolYearIds, String directorateCode) {
        return schoolYearIds.isEmpty()
                ? List.of()
                : getEntityManager()
                        .createQuery(
                                "from AgeBand where schoolYearId in :years and (directorateCode is null or"
                                        + " directorateCode = :d) order by schoolYearId, programme, directorateCode",
                                AgeBand.class)
                        .setParameter("years", schoolYearIds)
                        .setParameter("d", directorateCode == null ? "" : directorateCode)
                        .getResultList();
    }

    public Optional<AgeBand> band(long schoolYearId, Programme programme, String directorateCode) {
        String where = directorateCode == null ? "directorateCode is null" : "directorateCode = :d";
        var query = getEntityManager()
                .createQuery("from AgeBand where schoolYearId = :year and programme = :p and " + where, AgeBand.class)
                .setParameter("year", schoolYearId)
                .setParameter("p", programme);
        if (directorateCode != null) {
            query.setParameter("d", directorateCode);
        }
        return query.getResultStream().findFirst();
    }

    public void persist(AgeBand band) {
        getEntityManager().persist(band);
    }

    public void remove(AgeBand band) {
        getEntityManager().remove(band);
    }
}
