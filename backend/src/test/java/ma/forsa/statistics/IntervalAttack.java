package ma.forsa.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What someone who reads published statistics can work out about a group that was left out: the interval attack of
 * statistical offices' table audits. Every group is a set of conditions (dimension = value: a filter, a row's
 * values, or both). The attacker starts from what each answer says of a group (a published figure: its count to
 * within the rounding; left out: 1 to minimum − 1; not there at all: 0) and then uses every way the groups add up
 * (a total is its groups, a group is its groups by any other dimension, a filter and its complements are the whole)
 * to narrow every group's bounds, again and again until nothing narrows. A left-out group is recovered when its
 * bounds meet.
 */
final class IntervalAttack {

    /** Per group (its conditions), the bounds of its count: {low, high}. */
    private final Map<Map<String, String>, long[]> bounds = new HashMap<>();

    /** Every value each dimension takes. */
    private final Map<String, Set<String>> domain = new TreeMap<>();

    /** A figure as published: its count is within {@code slack} of it, and at least the minimum (it was shown). */
    void published(Map<String, String> group, long figure, long slack, int minimum) {
        narrow(group, Math.max(minimum, figure - slack), figure + slack);
    }

    /** A group left out: 1 to minimum − 1. */
    void hidden(Map<String, String> group, int minimum) {
        narrow(group, 1, minimum - 1);
    }

    /** A group with nobody in it. */
    void empty(Map<String, String> group) {
        narrow(group, 0, 0);
    }

    /** What is known of a group's count: {low, high}; null when no answer spoke of it. */
    long[] bounds(Map<String, String> group) {
        return bounds.get(group);
    }

    /** Narrows every group by every way groups add up, until nothing narrows; answers how many rounds it took. */
    int solve() {
        int rounds = 0;
        boolean narrowed = true;
        while (narrowed) {
            narrowed = false;
            rounds++;
            for (Map<String, String> whole : new ArrayList<>(bounds.keySet())) {
                for (Map.Entry<String, Set<String>> dimension : domain.entrySet()) {
                    if (whole.containsKey(dimension.getKey())) {
                        continue;
                    }
                    List<Map<String, String>> parts = new ArrayList<>();
                    for (String value : dimension.getValue()) {
                        Map<String, String> part = new TreeMap<>(whole);
                        part.put(dimension.getKey(), value);
                        parts.add(part);
                    }
                    if (parts.stream().allMatch(bounds::containsKey)) {
                        narrowed |= addUp(whole, parts);
                    }
                }
            }
        }
        return rounds;
    }

    /** These groups whose bounds met: recovered exactly. */
    List<Map<String, String>> recovered(Collection<Map<String, String>> groups) {
        return groups.stream()
                .filter(g -> bounds.containsKey(g) && bounds.get(g)[0] == bounds.get(g)[1])
                .toList();
    }

    /** The whole is the sum of its parts: each side narrows the other. */
    private boolean addUp(Map<String, String> whole, List<Map<String, String>> parts) {
        long low = 0;
        long high = 0;
        for (Map<String, String> part : parts) {
            low += bounds.get(part)[0];
            high += bounds.get(part)[1];
        }
        boolean narrowed = narrow(whole, low, high);
        long[] w = bounds.get(whole);
        for (Map<String, String> part : parts) {
            long[] p = bounds.get(part);
            long othersLow = low - p[0];
            long othersHigh = high - p[1];
            narrowed |= narrow(part, w[0] - othersHigh, w[1] - othersLow);
        }
        return narrowed;
    }

    private boolean narrow(Map<String, String> group, long low, long high) {
        group.forEach((d, v) -> domain.computeIfAbsent(d, k -> new TreeSet<>()).add(v));
        long[] b = bounds.get(group);
        if (b == null) {
            bounds.put(new TreeMap<>(group), new long[] {low, high});
            return true;
        }
        boolean narrowed = false;
        if (low > b[0]) {
            b[0] = low;
            narrowed = true;
        }
        if (high < b[1]) {
            b[1] = high;
            narrowed = true;
        }
        if (b[0] > b[1]) {
            throw new IllegalStateException("no count fits what was published of " + group);
        }
        return narrowed;
    }
}
