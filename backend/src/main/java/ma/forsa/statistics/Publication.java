package ma.forsa.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The publication rules of every statistic, in one place. Directorate staff get exact counts of their directorate
 * (they may see its children anyway): minimum 1, no rounding. Everyone else (the academy, third-party systems):
 * <ul>
 *   <li>gets no group of fewer than {@code minimum} children: it is left out, and how many groups were left out is
 *       not said either (a count of them tells which of the groups not shown have children); a count under the
 *       minimum, none included, is published as null;
 *   <li>gets every other count with a noise of −3 to +3 added (0 most likely: binomial) and then rounded to the
 *       nearest multiple of {@code base}, never below the minimum: the cell-key method of statistical offices' table
 *       builders. The noise is drawn from the group's key, the sum of its members' secret record keys
 *       (V25__statistics_record_keys.sql), so the same children always get the same figure, whichever question asks
 *       for them, and asking again or another way draws nothing new to average; and a child more or less draws the
 *       noise again, so watching a figure change does not show where its rounding turns.
 * </ul>
 * A published figure says its count only to within 5 either way, and its rare far ends are what an attacker needs:
 * adding up totals, margins, filters and their complements in every way until nothing narrows recovers no left-out
 * group (DisclosureTest, PublicationAuditTest), where fixed rounding to 5 gives dozens away. Rates and changes are
 * computed from the published counts, never from the exact ones.
 */
record Publication(int minimum, int base) {

    /** Record keys are in [0, KEY_SPACE): a group's key is its keys' sum modulo it. */
    static final long KEY_SPACE = 1L << 20;

    static final Publication EXACT = new Publication(1, 1);

    /** Whether counts are published exactly as they are (directorate staff). */
    boolean exact() {
        return minimum <= 1 && base <= 1;
    }

    /** Whether a group of this exact size is shown at all. */
    boolean shows(long count) {
        return count >= minimum;
    }

    /** How many groups were left out: said only with exact counts (where it is 0), else withheld (null). */
    Integer hidden(int groups) {
        return exact() ? Integer.valueOf(groups) : null;
    }

    /** A count as published: exact; or null when under the minimum (none included), else perturbed and rounded. */
    Long count(Tally tally) {
        if (exact()) {
            return tally.count();
        }
        return tally.count() < minimum ? null : rounded(tally);
    }

    /** A count of a group already shown, perturbed and rounded; never under the minimum. */
    long rounded(Tally tally) {
        if (exact()) {
            return tally.count();
        }
        long smallest = Math.floorDiv(minimum + base - 1, base) * base;
        return Math.max(smallest, round(tally, base));
    }

    /**
     * The count plus the noise its key draws (−3 to +3: the number of ones in the key's low 6 bits, less 3), to the
     * nearest multiple of base (halves up): 187 is published as 185 for 42 keys in 64 and as 190 for the other 22.
     */
    static long round(Tally tally, int base) {
        if (base <= 1) {
            return tally.count();
        }
        long key = Math.floorMod(tally.keys(), KEY_SPACE);
        long noisy = tally.count() + Long.bitCount(key & 0x3F) - 3;
        return Math.floorDiv(noisy + base / 2, base) * base;
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
