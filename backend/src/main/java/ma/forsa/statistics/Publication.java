package ma.forsa.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The publication rules of every statistic, in one place. Directorate staff get exact counts of their directorate
 * (they may see its children anyway): minimum 1, no rounding. Everyone else (the academy, third-party systems) gets no
 * group of fewer than {@code minimum} children (left out, only counted as hidden) and every count rounded to a
 * multiple of {@code base}, so that no difference between two answers (a total minus the groups shown, all
 * directorates minus one, a filter and its complement) pins a child down. Rates and changes are computed from the
 * published counts, never from the exact ones.
 */
record Publication(int minimum, int base) {

    static final Publication EXACT = new Publication(1, 1);

    /** Whether a group of this exact size is shown at all. */
    boolean shows(long count) {
        return count >= minimum;
    }

    /** A count as published: null when too small to publish (but not 0), else rounded. */
    Long count(long count) {
        return count > 0 && count < minimum ? null : round(count, base);
    }

    /** A count of a group already shown, rounded. */
    long rounded(long count) {
        return round(count, base);
    }

    /** To the nearest multiple of base (halves up): 187 → 185, 88 → 90 with base 5. */
    static long round(long count, int base) {
        return base <= 1 ? count : Math.round((double) count / base) * base;
    }

    /** (now − before) / before in %, to one decimal (88 → 187: 112.5); null when before is unknown or 0. */
    static Double changePercent(Long now, Long before) {
        if (now == null || before == null || before == 0) {
            return null;
        }
        return BigDecimal.valueOf((now - before) * 100L)
                .divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** part / whole in %, to one decimal; null when either is unknown or the whole is 0. */
    static Double ratePercent(Long part, Long whole) {
        if (part == null || whole == null || whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
