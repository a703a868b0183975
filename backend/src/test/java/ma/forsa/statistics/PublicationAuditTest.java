package ma.forsa.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The publication rules audited on many generated directorates (from 40 to 600 learners a year in four centres of
 * two associations), in memory: every question the API lets a reader of rounded figures ask (no filter or one, by up
 * to two dimensions) is answered by a rule, and {@link IntervalAttack} adds up everything the answers say, knowing
 * the public structure too (which association and programme each centre has, a programme's ages). With
 * {@link Publication}'s rules it recovers no left-out group in any of them; with the rules Forsa had before (counts
 * rounded to the nearest 5) it recovers some in most; with exact counts, in every one; and if answers said how many
 * groups they left out, {@link Publication}'s figures too would give some away.
 */
class PublicationAuditTest {

    static final String[] DIMENSIONS = {"association", "centre", "programme", "sex", "age", "nationality"};

    /** Centre, its association, its programme. */
    static final String[][] CENTRES = {
        {"C1", "A1", "NFE"}, {"C2", "A1", "NFE"}, {"C3", "A2", "E2C"}, {"C4", "A2", "NFE"}
    };

    enum Rule {
        /** Publication's: keyed noise, rounded, small groups out and not counted. */
        FORSA,
        /** Publication's, with how many groups each answer left out. */
        FORSA_SAYING_HOW_MANY_LEFT_OUT,
        /** Rounded to the nearest 5, small groups out: the rule before record keys. */
        FIXED_ROUNDING,
        /** Exact counts, small groups out. */
        EXACT
    }

    @Test
    void noLeftOutGroupIsRecoveredFromPublishedFiguresWhereOtherRulesGiveThemAway() {
        int worlds = Integer.getInteger("forsa.audit.worlds", 60);
        Map<Rule, Integer> leaking = new TreeMap<>();
        Map<Rule, Integer> recovered = new TreeMap<>();
        int hidden = 0;
        for (int w = 0; w < worlds; w++) {
            int learners = new int[] {40, 100, 250, 600}[w % 4];
            Map<Map<String, String>, Tally> groups = groups(world(new Random(20261205L + w), learners));
            hidden += (int) groups.values().stream()
                    .filter(t -> t.count() > 0 && t.count() < 5)
                    .count();
            for (Rule rule : Rule.values()) {
                int found = attack(groups, rule).size();
                leaking.merge(rule, found > 0 ? 1 : 0, Integer::sum);
                recovered.merge(rule, found, Integer::sum);
            }
        }
        System.out.printf(
                "%d directorates, %d groups left out: directorates giving some away %s, groups recovered %s%n",
                worlds, hidden, leaking, recovered);
        assertEquals(0, recovered.get(Rule.FORSA), "left-out groups recovered from Forsa's figures");
        assertTrue(leaking.get(Rule.FIXED_ROUNDING) > worlds / 2, "fixed rounding gives groups away: " + leaking);
        assertEquals(worlds, leaking.get(Rule.EXACT), "the attack recovers groups from exact counts");
        assertTrue(leaking.get(Rule.FORSA_SAYING_HOW_MANY_LEFT_OUT) > 0, "saying how many were left out: " + leaking);
    }

    /** The left-out groups the attack recovers from what the rule publishes of these groups. */
    static List<Map<String, String>> attack(Map<Map<String, String>, Tally> groups, Rule rule) {
        IntervalAttack attack = new IntervalAttack();
        Publication rules = new Publication(5, 5);
        List<Map<String, String>> hidden = new ArrayList<>();
        groups.forEach((group, tally) -> {
            long count = tally.count();
            if (!STRUCTURE.possible(group)) {
                attack.empty(group);
            } else if (count < 5) {
                // left out, or nobody there: the answer does not say which
                attack.published(group, 2, 2, 0);
                if (count > 0) {
                    hidden.add(group);
                }
            } else {
                switch (rule) {
                    case FORSA, FORSA_SAYING_HOW_MANY_LEFT_OUT -> attack.published(group, rules.count(tally), 5, 5);
                    case FIXED_ROUNDING -> attack.published(group, Math.round(count / 5.0) * 5, 2, 5);
                    case EXACT -> attack.published(group, count, 0, 5);
                }
            }
        });
        if (rule != Rule.FORSA) {
            saidHowManyLeftOut(groups, attack);
        }
        attack.solve();
        return attack.recovered(hidden);
    }

    /**
     * What each answer's count of left-out groups gives away: when it is as many as the groups it could have shown
     * and did not, every one of them has children.
     */
    static void saidHowManyLeftOut(Map<Map<String, String>, Tally> groups, IntervalAttack attack) {
        Map<String, List<String>> values = new TreeMap<>();
        groups.keySet().stream()
                .filter(g -> g.size() == 1)
                .forEach(g -> g.forEach((d, v) ->
                        values.computeIfAbsent(d, k -> new ArrayList<>()).add(v)));
        List<Map<String, String>> filters = new ArrayList<>();
        filters.add(Map.of());
        groups.keySet().stream().filter(g -> g.size() == 1).forEach(filters::add);
        for (Map<String, String> filter : filters) {
            for (int i = 0; i < DIMENSIONS.length; i++) {
                for (int j = i; j < DIMENSIONS.length; j++) {
                    if (filter.containsKey(DIMENSIONS[i]) || filter.containsKey(DIMENSIONS[j])) {
                        continue;
                    }
                    List<Map<String, String>> notShown = new ArrayList<>();
                    for (String a : values.get(DIMENSIONS[i])) {
                        for (String b : values.get(DIMENSIONS[j])) {
                            Map<String, String> g = new TreeMap<>(filter);
                            g.put(DIMENSIONS[i], a);
                            g.put(DIMENSIONS[j], b);
                            if ((i != j || a.equals(b))
                                    && STRUCTURE.possible(g)
                                    && groups.get(g).count() < 5) {
                                notShown.add(g);
                            }
                        }
                    }
                    long leftOut = notShown.stream()
                            .filter(g -> groups.get(g).count() > 0)
                            .count();
                    if (leftOut > 0 && leftOut == notShown.size()) {
                        notShown.forEach(g -> attack.hidden(g, 5));
                    }
                }
            }
        }
    }

    /** What is public of a directorate: its centres (centre, association, programme) and each programme's ages. */
    record Structure(List<String[]> centres, Map<String, List<Integer>> ages) {

        /** Whether anyone can be in the group: a centre of its association and programme, at an age it takes. */
        boolean possible(Map<String, String> group) {
            for (String[] c : centres) {
                if (group.getOrDefault("centre", c[0]).equals(c[0])
                        && group.getOrDefault("association", c[1]).equals(c[1])
                        && group.getOrDefault("programme", c[2]).equals(c[2])
                        && (!group.containsKey("age") || ages.get(c[2]).contains(Integer.parseInt(group.get("age"))))) {
                    return true;
                }
            }
            return false;
        }
    }

    static final Structure STRUCTURE = new Structure(
            List.of(CENTRES), Map.of("E2C", List.of(15, 16, 17, 18), "NFE", List.of(8, 9, 10, 11, 12, 13, 14, 15)));

    static List<Integer> ages(String programme) {
        return STRUCTURE.ages().get(programme);
    }

    /** Learners: their dimensions' values and their record key. */
    static List<Map.Entry<Map<String, String>, Long>> world(Random random, int learners) {
        List<Map.Entry<Map<String, String>, Long>> all = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            String[] c = CENTRES[random.nextInt(CENTRES.length)];
            List<Integer> ages = ages(c[2]);
            Map<String, String> values = new TreeMap<>();
            values.put("centre", c[0]);
            values.put("association", c[1]);
            values.put("programme", c[2]);
            values.put("sex", random.nextBoolean() ? "F" : "M");
            values.put("age", String.valueOf(ages.get(random.nextInt(ages.size()))));
            values.put("nationality", random.nextInt(6) == 0 ? "SN" : "MA");
            all.add(Map.entry(values, (long) random.nextInt(1 << 20)));
        }
        return all;
    }

    /**
     * Every group a question can ask for over these values of {@link #DIMENSIONS}: up to three conditions, a filter
     * and two dimensions.
     */
    static List<Map<String, String>> groupsOver(Map<String, List<String>> values) {
        List<Map<String, String>> groups = new ArrayList<>();
        groups.add(Map.of());
        for (int size = 0; size < 3; size++) {
            List<Map<String, String>> larger = new ArrayList<>();
            for (Map<String, String> g : groups) {
                if (g.size() != size) {
                    continue;
                }
                for (int d = 0; d < DIMENSIONS.length; d++) {
                    // conditions in the order of DIMENSIONS, so that each group is made once
                    int next = d;
                    if (g.keySet().stream().anyMatch(k -> List.of(DIMENSIONS).indexOf(k) >= next)) {
                        continue;
                    }
                    for (String v : values.get(DIMENSIONS[d])) {
                        Map<String, String> more = new TreeMap<>(g);
                        more.put(DIMENSIONS[d], v);
                        larger.add(more);
                    }
                }
            }
            groups.addAll(larger);
        }
        return groups;
    }

    /** Every group a question can ask for, tallied. */
    static Map<Map<String, String>, Tally> groups(List<Map.Entry<Map<String, String>, Long>> world) {
        Map<String, List<String>> values = new TreeMap<>();
        for (String d : DIMENSIONS) {
            values.put(
                    d,
                    world.stream()
                            .map(l -> l.getKey().get(d))
                            .distinct()
                            .sorted()
                            .toList());
        }
        List<Map<String, String>> groups = groupsOver(values);
        Map<Map<String, String>, Tally> tallies = new HashMap<>();
        for (Map<String, String> g : groups) {
            Tally tally = Tally.NONE;
            for (Map.Entry<Map<String, String>, Long> learner : world) {
                if (learner.getKey().entrySet().containsAll(g.entrySet())) {
                    tally = tally.plus(new Tally(1, learner.getValue()));
                }
            }
            tallies.put(g, tally);
        }
        return tallies;
    }
}
