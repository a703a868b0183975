package ma.forsa.caravan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CaravanViews {

    private CaravanViews() {}

    @Schema(
            name = "CaravanMember",
            description = "Names and phones are shown to the directorate's and the associations' staff only")
    public record MemberView(long id, String fullName, Long associationId, TeamRole role, String phone) {

        static MemberView of(CaravanMember m, boolean named) {
            return new MemberView(m.id, named ? m.fullName : null, m.associationId, m.role, named ? m.phone : null);
        }
    }

    @Schema(name = "Caravan")
    public record CaravanView(
            long id,
            long campaignId,

            @Schema(description = "The campaign's title, in Arabic")
            String campaignTitleAr,

            @Schema(description = "The campaign's status: under a CLOSED campaign nothing changes")
            ma.forsa.campaign.CampaignStatus campaignStatus,

            String directorateCode,
            String name,
            LocalDate startsOn,
            LocalDate endsOn,
            String notes,
            List<MemberView> team,
            long version,
            Instant createdAt,
            Instant updatedAt) {

        static CaravanView of(Caravan c, ma.forsa.campaign.Campaign campaign, boolean named) {
            return new CaravanView(
                    c.id,
                    c.campaignId,
                    campaign.titleAr,
                    campaign.status,
                    c.directorateCode,
                    c.name,
                    c.startsOn,
                    c.endsOn,
                    c.notes,
                    c.members.stream().map(m -> MemberView.of(m, named)).toList(),
                    c.version,
                    c.createdAt,
                    c.updatedAt);
        }
    }

    @Schema(name = "Stop")
    public record StopView(
            long id,
            long caravanId,
            @Schema(description = "The caravan's name") String caravanName,
            LocalDate visitOn,
            String communeCode,
            String place,
            BigDecimal latitude,
            BigDecimal longitude,
            StopStatus status,
            Integer householdsVisited,
            Integer peopleReached,
            String notes,
            long version,
            Instant createdAt,
            Instant updatedAt) {

        static StopView of(Stop s, String caravanName) {
            return new StopView(
                    s.id,
                    s.caravanId,
                    caravanName,
                    s.visitOn,
                    s.communeCode,
                    s.place,
                    s.latitude,
                    s.longitude,
                    s.status,
                    s.householdsVisited,
                    s.peopleReached,
                    s.notes,
                    s.version,
                    s.createdAt,
                    s.updatedAt);
        }
    }
}
