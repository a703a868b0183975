package ma.forsa.sync;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import ma.forsa.agreement.AgreementViews.AgreementView;
import ma.forsa.campaign.CampaignViews.CampaignView;
import ma.forsa.caravan.CaravanViews.CaravanView;
import ma.forsa.caravan.CaravanViews.StopView;
import ma.forsa.cases.CaseViews.CaseView;
import ma.forsa.centre.CentreView;
import ma.forsa.learner.LearnerView;
import ma.forsa.placement.PlacementView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class SyncViews {

    private SyncViews() {}

    @Schema(name = "ChangeType", description = "What kind of record changed")
    public enum ChangeType {
        AGREEMENT,
        CENTRE,
        CAMPAIGN,
        CARAVAN,
        STOP,
        PLACEMENT,
        /** Only for clients granted personal-data. */
        LEARNER,
        /** An identified child; only for clients granted personal-data. */
        CASE
    }

    @Schema(
            name = "ChangeOperation",
            description = "CHANGED: created or changed, the record as it is now is in the field named after its type."
                    + " DELETED: the record is gone (a tombstone): delete your copy. ERASED: a learner's or a child's"
                    + " personal data was erased on request (law 09-08): delete every copy you hold of it.")
    public enum ChangeOperation {
        CHANGED,
        DELETED,
        ERASED
    }

    @Schema(
            name = "Change",
            description = "A record's latest change. A record changed several times since your cursor comes once, at"
                    + " its latest change, as it is now; the record's field is null for DELETED and ERASED.")
    public record Change(
            @Schema(description = "The change's place in the feed: increasing, never reused", example = "1042")
            long sequence,

            ChangeType type,

            @Schema(description = "The record's id (the same as in the API's other operations)")
            long id,

            ChangeOperation operation,

            @Schema(description = "When the change was written (for information; the order is sequence's)")
            Instant changedAt,

            AgreementView agreement,
            CentreView centre,
            CampaignView campaign,
            CaravanView caravan,
            StopView stop,

            @Schema(
                    description = "Without the learner's names (they are in the learner's own change) and,"
                            + " unless personal-data is granted, without the consent override's reason")
            PlacementView placement,

            LearnerView learner,
            @JsonProperty("case") @Schema(name = "case") CaseView childCase) {}

    @Schema(name = "ChangePage")
    public record Changes(
            List<Change> changes,

            @Schema(
                    description = "Where to continue: pass it as cursor to the next call, now or later. Keep"
                            + " it with your copy once you have applied the changes.",
                    example = "czEwNDI")
            String next,

            @Schema(
                    description = "More changes are ready: call again with next at once. When false, you"
                            + " are up to date; call again with next later (a minute or more).")
            boolean hasMore) {}
}
