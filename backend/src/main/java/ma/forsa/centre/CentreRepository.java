package ma.forsa.centre;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import ma.forsa.common.paging.Like;
import ma.forsa.common.paging.Listing;
import ma.forsa.programme.Programme;

@ApplicationScoped
public class CentreRepository implements PanacheRepository<Centre> {

    public Listing<Centre> search(
            String text, Programme type, Long associationId, String communeCode, Boolean active, Sort order) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (text != null && !text.isBlank()) {
            where.append(" and (nameAr like :q escape '!' or nameFr like :q escape '!')");
            params.and("q", Like.contains(text));
        }
        if (type != null) {
            where.append(" and type = :type");
            params.and("type", type);
        }
        if (associationId != null) {
            where.append(" and associationId = :association");
            params.and("association", associationId);
        }
        if (communeCode != null && !communeCode.isBlank()) {
            where.append(" and communeCode = :commune");
            params.and("commune", communeCode.strip());
        }
        if (active != null) {
            where.append(" and active = :active");
            params.and("active", active);
        }
        return Listing.of(
                this,
                Centre.class,
                where.toString(),
                order == null ? Sort.by("nameAr").and("id") : order,
                params);
    }

    public Optional<Centre> findByName(String directorateCode, String nameAr) {
        return find("directorateCode = ?1 and nameAr = ?2", directorateCode, nameAr)
                .firstResultOptional();
    }
}
