package ma.forsa.campaign;

import java.util.EnumSet;
import java.util.Set;

/** PLANNED → ACTIVE → CLOSED; a campaign that never ran may be closed from PLANNED (with a reason). */
public enum CampaignStatus {
    PLANNED,
    ACTIVE,
    CLOSED;

    public Set<CampaignStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(ACTIVE, CLOSED);
            case ACTIVE -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CampaignStatus.class);
        };
    }
}
