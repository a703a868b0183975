package ma.forsa.statistics;

/**
 * A group's exact count and the sum of its members' record keys (V25__statistics_record_keys.sql): what
 * {@link Publication} needs to publish it. The keys add up like the count, so a group's tally is the same whichever
 * question it is asked through.
 */
record Tally(long count, long keys) {

    static final Tally NONE = new Tally(0, 0);

    Tally plus(Tally other) {
        return new Tally(count + other.count, keys + other.keys);
    }

    /** The tally a cube's row ends with: its count at {@code at}, its keys after it. */
    static Tally of(Object[] row, int at) {
        return new Tally(number(row[at]), number(row[at + 1]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
