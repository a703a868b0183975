package ma.forsa.centre;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ma.forsa.programme.Programme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Centre")
public record CentreView(
        long id,
        String directorateCode,
        long associationId,
        String nameAr,
        String nameFr,
        Programme type,
        String communeCode,
        String address,
        int capacity,
        int classCap,
        LocalDate openedOn,
        boolean active,
        List<Strand> strands,
        List<String> trades,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static CentreView of(Centre c) {
        return new CentreView(
                c.id,
                c.directorateCode,
                c.associationId,
                c.nameAr,
                c.nameFr,
                c.type,
                c.communeCode,
                c.address,
                c.capacity,
                c.classCap,
                c.openedOn,
                c.active,
                c.strands.stream().sorted().toList(),
                c.trades.stream().sorted().toList(),
                c.version,
                c.createdAt,
                c.updatedAt);
    }
}
