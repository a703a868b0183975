package ma.forsa.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * IDENTIFIED → CONTACTED → REFERRED → ENROLLED, or DECLINED, UNREACHABLE, NOT_ELIGIBLE on the way. A family that
 * declined or could not be reached may be contacted again; ENROLLED and NOT_ELIGIBLE are final. ENROLLED is reached
 * only by enrolling the case or linking it to the learner it turned out to be.
 */
public enum CaseStatus {
    IDENTIFIED,
    CONTACTED,
    REFERRED,
    ENROLLED,
    DECLINED,
    UNREACHABLE,
    NOT_ELIGIBLE;

    public Set<CaseStatus> next() {
        return switch (this) {
            case IDENTIFIED -> EnumSet.of(CONTACTED, DECLINED, UNREACHABLE, NOT_ELIGIBLE);
            case CONTACTED -> EnumSet.of(REFERRED, DECLINED, UNREACHABLE, NOT_ELIGIBLE);
            case REFERRED -> EnumSet.of(CONTACTED, DECLINED, UNREACHABLE, NOT_ELIGIBLE);
            case DECLINED, UNREACHABLE -> EnumSet.of(CONTACTED);
            case ENROLLED, NOT_ELIGIBLE -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    /** Whether a case can still be enrolled or linked to a learner from here. */
    public boolean open() {
        return this != ENROLLED && this != NOT_ELIGIBLE;
    }
}
