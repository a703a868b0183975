package ma.forsa.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CampaignViews {

    private CampaignViews() {}

    @Schema(name = "Campaign")
    public record CampaignView(
            long id,
            String directorateCode,
            String schoolYear,
            String titleAr,
            String titleFr,
            LocalDate startsOn,
            LocalDate endsOn,
            String objectives,
            Integer targetChildren,
            CampaignStatus status,
            @Schema(description = "Where it may go next") List<CampaignStatus> nextStatuses,
            String closeReason,
            List<String> communeCodes,
            List<Channel> channels,
            List<Long> associationIds,
            long version,
            Instant createdAt,
            Instant updatedAt) {}

    @Schema(name = "CampaignReachEntry")
    public record ReachView(
            long id,
            Channel channel,
            LocalDate reachedOn,
            int peopleReached,
            String notes,
            String recordedBy,
            Instant recordedAt) {

        static ReachView of(CampaignReach r) {
            return new ReachView(r.id, r.channel, r.reachedOn, r.peopleReached, r.notes, r.recordedBy, r.recordedAt);
        }
    }

    @Schema(name = "ChannelReach")
    public record ChannelTotal(Channel channel, long peopleReached) {}

    @Schema(name = "CampaignReach", description = "Every day's count, and the totals by channel and overall")
    public record ReachSummary(List<ReachView> items, List<ChannelTotal> byChannel, long totalPeopleReached) {}
}
