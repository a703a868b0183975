package ma.forsa.learner;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ma.forsa.common.paging.Like;
import ma.forsa.common.paging.Listing;
import ma.forsa.learner.LearnerEnums.Sex;

@ApplicationScoped
public class LearnerRepository implements PanacheRepository<Learner> {

    public record Filter(
            String text,
            String massarCode,
            LocalDate birthDate,
            Sex sex,
            Long centreId,
            Long schoolYearId,
            Long associationId,
            Sort order) {}

    public Listing<Learner> search(Filter f) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        int word = 0;
        for (String token : f.text() == null ? java.util.Set.<String>of() : NameKey.tokens(f.text())) {
            // every word of the query starts a word of the names, in any order
            where.append(" and id in (select w.learnerId from LearnerNameToken w where w.token like :w")
                    .append(word)
                    .append(" escape '!')");
            params.and("w" + word++, Like.prefix(token));
        }
        if (f.massarCode() != null && !f.massarCode().isBlank()) {
            where.append(" and massarCode = :massar");
            params.and("massar", f.massarCode().strip().toUpperCase());
        }
        if (f.birthDate() != null) {
            where.append(" and birthDate = :birth");
            params.and("birth", f.birthDate());
        }
        if (f.associationId() != null) {
            where.append(" and associationId = :association");
            params.and("association", f.associationId());
        }
        if (f.sex() != null) {
            where.append(" and sex = :sex");
            params.and("sex", f.sex());
        }
        if (f.centreId() != null || f.schoolYearId() != null) {
            where.append(
                    " and id in (select p.learnerId from Placement p where p.status <> ma.forsa.placement.PlacementStatus.ENDED");
            if (f.centreId() != null) {
                where.append(" and p.centreId = :centre");
                params.and("centre", f.centreId());
            }
            if (f.schoolYearId() != null) {
                where.append(" and p.schoolYearId = :year");
                params.and("year", f.schoolYearId());
            }
            where.append(")");
        }
        // With words to match, the newest first: walking the primary key backwards finds a page of
        // matches at once, where walking the names in order would visit most of the directorate.
        Sort sort = f.order() != null
                ? f.order()
                : word > 0
                        ? Sort.by("id", Sort.Direction.Descending)
                        : Sort.by("nameKey").and("id");
        return Listing.of(this, Learner.class, where.toString(), sort, params);
    }

    /** Who holds a MASSAR code, whatever the caller's scope (a native query: filters do not apply). */
    public Optional<Long> holderOfMassar(String massarCode, Long except) {
        @SuppressWarnings("unchecked")
        List<Number> ids = getEntityManager()
                .createNativeQuery("SELECT id FROM learner WHERE massar_code = ?1 AND id <> ?2")
                .setParameter(1, massarCode)
                .setParameter(2, except == null ? -1L : except)
                .getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }

    /** A learner of the directorate with the same normalised name and birth date, whatever the scope. */
    public Optional<Long> sameNameAndBirth(
            String directorate, String nameKey, String nameKeyLatin, LocalDate birthDate) {
        @SuppressWarnings("unchecked")
        List<Number> ids = getEntityManager()
                .createNativeQuery("SELECT id FROM learner WHERE directorate_code = ?1 AND birth_date = ?2 "
                        + "AND (name_key = ?3 OR (name_key_latin IS NOT NULL AND name_key_latin = ?4)) ORDER BY id")
                .setParameter(1, directorate)
                .setParameter(2, birthDate)
                .setParameter(3, nameKey)
                .setParameter(4, nameKeyLatin == null ? "\u0000" : nameKeyLatin)
                .getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }

    /**
     * Learners who may be the child an outreach team found: the same MASSAR code, or the same name key (Arabic or
     * Latin) born on the given day or, for an estimated age, within the window. Past the caller's scope (native).
     */
    public List<Long> sameChild(
            String directorate, String massarCode, String nameKey, String nameKeyLatin, LocalDate from, LocalDate to) {
        if (nameKey == null && massarCode == null) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT id FROM learner WHERE anonymised_at IS NULL AND (");
        String or = "";
        if (nameKey != null) {
            sql.append("(directorate_code = :directorate AND (name_key = :key")
                    .append(nameKeyLatin == null ? ")" : " OR name_key_latin = :latin)")
                    .append(" AND birth_date BETWEEN :from AND :to)");
            or = " OR ";
        }
        if (massarCode != null) {
            sql.append(or).append("massar_code = :massar");
        }
        sql.append(") ORDER BY id LIMIT 20");
        var query = getEntityManager().createNativeQuery(sql.toString());
        if (nameKey != null) {
            query.setParameter("directorate", directorate)
                    .setParameter("key", nameKey)
                    .setParameter("from", from)
                    .setParameter("to", to);
            if (nameKeyLatin != null) {
                query.setParameter("latin", nameKeyLatin);
            }
        }
        if (massarCode != null) {
            query.setParameter("massar", massarCode);
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = query.getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
