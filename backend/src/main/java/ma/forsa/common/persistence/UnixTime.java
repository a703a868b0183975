package ma.forsa.common.persistence;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A moment read from native SQL as {@code UNIX_TIMESTAMP(column)}: seconds with their microseconds, converted back by
 * the same session time zone that {@code NOW(6)} wrote them in (a raw DATETIME comes back as a zone-less local time).
 */
public final class UnixTime {

    private UnixTime() {}

    public static Instant of(Object seconds) {
        BigDecimal exact = new BigDecimal(seconds.toString());
        return Instant.ofEpochSecond(
                exact.longValue(),
                exact.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }
}
