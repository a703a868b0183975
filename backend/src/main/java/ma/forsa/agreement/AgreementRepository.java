package ma.forsa.agreement;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import ma.forsa.common.paging.Like;
import ma.forsa.common.paging.Listing;

@ApplicationScoped
public class AgreementRepository implements PanacheRepository<Agreement> {

    public Listing<Agreement> search(
            String text, AgreementStatus status, Long associationId, Long schoolYearId, Sort order) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (text != null && !text.isBlank()) {
            where.append(" and reference like :q escape '!'");
            params.and("q", Like.contains(text));
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (associationId != null) {
            where.append(" and associationId = :association");
            params.and("association", associationId);
        }
        if (schoolYearId != null) {
            where.append(" and :year member of schoolYearIds");
            params.and("year", schoolYearId);
        }
        return Listing.of(
                this,
                Agreement.class,
                where.toString(),
                order == null ? Sort.by("startsOn").descending().and("id", Sort.Direction.Descending) : order,
                params);
    }

    public Optional<Agreement> findByReference(String directorate, String reference) {
        return find("directorateCode = ?1 and reference = ?2", directorate, reference)
                .firstResultOptional();
    }

    public Optional<AgreementDocument> document(long agreementId) {
        return Optional.ofNullable(getEntityManager().find(AgreementDocument.class, agreementId));
    }

    public void save(Object entity) {
        getEntityManager().persist(entity);
    }

    public List<AgreementStatusChange> history(long agreementId) {
        return getEntityManager()
                .createQuery(
                        "from AgreementStatusChange where agreementId = :id order by changedAt, id",
                        AgreementStatusChange.class)
                .setParameter("id", agreementId)
                .getResultList();
    }

    /** Document metadata without loading the PDF bytes. */
    /** The same for a page of agreements, in one query. */
    public java.util.Map<Long, AgreementViews.DocumentView> documentInfos(java.util.Collection<Long> agreementIds) {
        java.util.Map<Long, AgreementViews.DocumentView> found = new java.util.HashMap<>();
        if (agreementIds.isEmpty()) {
            return found;
        }
        getEntityManager()
                .createQuery(
                        "select d.agreementId, d.fileName, d.sizeBytes, d.sha256, d.uploadedAt, d.uploadedBy"
                                + " from AgreementDocument d where d.agreementId in :ids",
                        Object[].class)
                .setParameter("ids", agreementIds)
                .getResultList()
                .forEach(row -> found.put(
                        (Long) row[0],
                        new AgreementViews.DocumentView(
                                (String) row[1], (Integer) row[2], (String) row[3], (java.time.Instant) row[4], (String)
                                        row[5])));
        return found;
    }

    public Optional<AgreementViews.DocumentView> documentInfo(long agreementId) {
        return getEntityManager()
                .createQuery(
                        "select d.fileName, d.sizeBytes, d.sha256, d.uploadedAt, d.uploadedBy"
                                + " from AgreementDocument d where d.agreementId = :id",
                        Object[].class)
                .setParameter("id", agreementId)
                .getResultStream()
                .findFirst()
                .map(row -> new AgreementViews.DocumentView(
                        (String) row[0], (Integer) row[1], (String) row[2], (java.time.Instant) row[3], (String)
                                row[4]));
    }
}
