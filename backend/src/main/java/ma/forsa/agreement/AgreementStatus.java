package ma.forsa.agreement;

import java.util.EnumSet;
import java.util.Set;

/** DRAFT → SIGNED → ACTIVE → SUSPENDED ⇄ ACTIVE → CLOSED. */
public enum AgreementStatus {
    DRAFT,
    SIGNED,
    ACTIVE,
    SUSPENDED,
    CLOSED;

    /** The statuses this one may move to; the rules each move needs are in AgreementService. */
    public Set<AgreementStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SIGNED);
            case SIGNED -> EnumSet.of(ACTIVE, CLOSED);
            case ACTIVE -> EnumSet.of(SUSPENDED, CLOSED);
            case SUSPENDED -> EnumSet.of(ACTIVE, CLOSED);
            case CLOSED -> EnumSet.noneOf(AgreementStatus.class);
        };
    }
}
