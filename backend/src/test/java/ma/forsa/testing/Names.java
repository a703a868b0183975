package ma.forsa.testing;

import java.util.concurrent.atomic.AtomicInteger;

/** Names unique to a test run, so tests never see each other's data. */
public final class Names {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Names() {}

    public static String unique(String prefix) {
        return prefix + " " + RUN + "-" + NEXT.incrementAndGet();
    }
}
