package ma.forsa.association;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Association")
public record AssociationView(
        long id,
        String directorateCode,
        String nameAr,
        String nameFr,
        String acronym,
        String registrationNumber,
        String communeCode,
        String address,
        String phone,
        String email,
        String contactName,
        boolean active,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static AssociationView of(Association a) {
        return new AssociationView(
                a.id,
                a.directorateCode,
                a.nameAr,
                a.nameFr,
                a.acronym,
                a.registrationNumber,
                a.communeCode,
                a.address,
                a.phone,
                a.email,
                a.contactName,
                a.active,
                a.version,
                a.createdAt,
                a.updatedAt);
    }
}
