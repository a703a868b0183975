package ma.forsa.territory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class TerritoryViews {

    private TerritoryViews() {}

    @Schema(name = "Directorate")
    public record DirectorateView(String code, String academyCode, String nameAr, String nameFr) {
        static DirectorateView of(Directorate d) {
            return new DirectorateView(d.code, d.academyCode, d.nameAr, d.nameFr);
        }
    }

    @Schema(name = "Commune")
    public record CommuneView(String code, String directorateCode, String nameAr, String nameFr) {
        static CommuneView of(Commune c) {
            return new CommuneView(c.code, c.directorateCode, c.nameAr, c.nameFr);
        }
    }
}
