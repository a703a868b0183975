package ma.forsa.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ma.forsa.common.paging.Like;
import ma.forsa.common.paging.Listing;

@ApplicationScoped
public class CaseRepository implements PanacheRepository<ChildCase> {

    public record Filter(
            String text, CaseStatus status, Long campaignId, Long caravanId, Long stopId, Long associationId) {}

    public Listing<ChildCase> search(Filter f, Sort order) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = where(f, where);
        return Listing.of(
                this,
                ChildCase.class,
                where.toString(),
                order == null ? Sort.by("foundOn").descending().and("id", Sort.Direction.Descending) : order,
                params);
    }

    /** How many cases of the filter are at each status (the filter's own status is ignored). */
    public Map<CaseStatus, Long> countByStatus(Filter f) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params =
                where(new Filter(f.text(), null, f.campaignId(), f.caravanId(), f.stopId(), f.associationId()), where);
        var query = getEntityManager()
                .createQuery(
                        "select c.status, count(c) from ChildCase c where " + where + " group by c.status",
                        Object[].class);
        params.map().forEach(query::setParameter);
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            counts.put(status, 0L);
        }
        query.getResultList().forEach(row -> counts.put((CaseStatus) row[0], (Long) row[1]));
        return counts;
    }

    private static Parameters where(Filter f, StringBuilder where) {
        Parameters params = new Parameters();
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" and (lastNameAr like :q escape '!' or firstNameAr like :q escape '!'"
                    + " or lastNameLatin like :q escape '!' or guardianPhone like :q escape '!')");
            params.and("q", Like.contains(f.text()));
        }
        if (f.status() != null) {
            where.append(" and status = :status");
            params.and("status", f.status());
        }
        if (f.campaignId() != null) {
            where.append(" and campaignId = :campaign");
            params.and("campaign", f.campaignId());
        }
        if (f.caravanId() != null) {
            where.append(" and caravanId = :caravan");
            params.and("caravan", f.caravanId());
        }
        if (f.stopId() != null) {
            where.append(" and stopId = :stop");
            params.and("stop", f.stopId());
        }
        if (f.associationId() != null) {
            where.append(" and (associationId = :association or referredAssociationId = :association)");
            params.and("association", f.associationId());
        }
        return params;
    }

    /**
     * Cases that may be the same child, whoever's they are (native SQL: duplicates are looked for past the caller's
     * scope; only the visible ones are named). The same MASSAR code, or the same name key (Arabic or Latin) with
     * birth dates within a year — exactly the same when both are known.
     */
    public List<Long> sameChild(ChildCase c, boolean byName) {
        if (!byName && c.massarCode == null) {
            return List.of();
        }
        StringBuilder sql =
                new StringBuilder("SELECT id FROM child_case WHERE id <> :self AND anonymised_at IS NULL AND (");
        String or = "";
        if (byName) {
            sql.append("(directorate_code = :directorate AND (name_key = :key")
                    .append(c.nameKeyLatin == null ? ")" : " OR name_key_latin = :latin)")
                    .append(
                            c.birthDate == null
                                    ? " AND approx_birth_date BETWEEN :from AND :to)"
                                    : " AND (birth_date = :birth"
                                            + " OR (birth_date IS NULL AND approx_birth_date BETWEEN :from AND :to)))");
            or = " OR ";
        }
        if (c.massarCode != null) {
            sql.append(or).append("massar_code = :massar");
        }
        sql.append(") ORDER BY id LIMIT 20");
        var query =
                getEntityManager().createNativeQuery(sql.toString()).setParameter("self", c.id == null ? -1L : c.id);
        if (byName) {
            query.setParameter("directorate", c.directorateCode)
                    .setParameter("key", c.nameKey)
                    .setParameter("from", c.approxBirthDate.minusYears(1))
                    .setParameter("to", c.approxBirthDate.plusYears(1));
            if (c.nameKeyLatin != null) {
                query.setParameter("latin", c.nameKeyLatin);
            }
            if (c.birthDate != null) {
                query.setParameter("birth", c.birthDate);
            }
        }
        if (c.massarCode != null) {
            query.setParameter("massar", c.massarCode);
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = query.getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Of these cases, those the caller may see. */
    public List<Long> visible(List<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : find("id in ?1", ids).stream().map(c -> c.id).sorted().toList();
    }

    public List<CaseStatusChange> history(long caseId) {
        return getEntityManager()
                .createQuery("from CaseStatusChange where caseId = :id order by changedAt, id", CaseStatusChange.class)
                .setParameter("id", caseId)
                .getResultList();
    }

    public List<CaseNote> notes(long caseId) {
        return getEntityManager()
                .createQuery("from CaseNote where caseId = :id order by notedOn, id", CaseNote.class)
                .setParameter("id", caseId)
                .getResultList();
    }

    public void save(Object record) {
        getEntityManager().persist(record);
    }

    /** Free text that may name the child, on erasure. */
    public void eraseText(long caseId) {
        getEntityManager()
                .createQuery("update CaseNote set text = :erased where caseId = :id")
                .setParameter("erased", ChildCase.ERASED)
                .setParameter("id", caseId)
                .executeUpdate();
        getEntityManager()
                .createQuery("update CaseStatusChange set reason = null where caseId = :id")
                .setParameter("id", caseId)
                .executeUpdate();
    }

    public List<ChildCase> ofLearner(long learnerId) {
        return list("learnerId", learnerId);
    }
}
