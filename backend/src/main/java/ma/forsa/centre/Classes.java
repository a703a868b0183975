package ma.forsa.centre;

import java.util.Map;

/** How a centre's places split into classes: classes of classCap, the last one holding the rest. */
public final class Classes {

    private Classes() {}

    /** The lowest class with a free seat given how many are enrolled in each, or null when the centre is full. */
    public static Integer firstFree(int capacity, int classCap, Map<Integer, Long> enrolledByClass) {
        long total =
                enrolledByClass.values().stream().mapToLong(Long::longValue).sum();
        if (total >= capacity) {
            return null;
        }
        int classes = (capacity + classCap - 1) / classCap;
        for (int number = 1; number <= classes; number++) {
            int seats = Math.min(classCap, capacity - (number - 1) * classCap);
            if (enrolledByClass.getOrDefault(number, 0L) < seats) {
                return number;
            }
        }
        return null;
    }
}
