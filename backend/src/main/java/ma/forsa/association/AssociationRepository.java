package ma.forsa.association;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import ma.forsa.common.paging.Like;
import ma.forsa.common.paging.Listing;

@ApplicationScoped
public class AssociationRepository implements PanacheRepository<Association> {

    /** Associations whose Arabic or French name contains {@code text}; all of them when blank. */
    public Listing<Association> search(String text, Boolean active, Sort order) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (text != null && !text.isBlank()) {
            where.append(" and (nameAr like :q escape '!' or nameFr like :q escape '!' or acronym like :q escape '!')");
            params.and("q", Like.contains(text));
        }
        if (active != null) {
            where.append(" and active = :active");
            params.and("active", active);
        }
        return Listing.of(
                this,
                Association.class,
                where.toString(),
                order == null ? Sort.by("nameAr").and("id") : order,
                params);
    }

    public Optional<Association> findByName(String directorateCode, String nameAr) {
        return find("directorateCode = ?1 and nameAr = ?2", directorateCode, nameAr)
                .firstResultOptional();
    }
}
