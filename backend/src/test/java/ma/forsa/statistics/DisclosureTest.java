package ma.forsa.statistics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import ma.forsa.statistics.PublicationAuditTest.Structure;
import ma.forsa.testing.Db;
import ma.forsa.testing.Fixtures;
import ma.forsa.testing.Names;
import org.junit.jupiter.api.Test;

/**
 * What the academy can work out of a directorate's beneficiaries through the API: on a school year of the test's own
 * in Laâyoune (250 learners in four centres of two associations), it asks every question there is with no filter or
 * one, by up to two dimensions, and gets no group under 5, no count of the groups left out, and for every group the
 * same figure whichever question asked for it. Then {@link IntervalAttack} adds up everything it was told (totals,
 * groups, headlines, every filter and its complements), knowing the centres' associations and programmes and the
 * programmes' ages, and recovers none of the groups left out, where the same attack on exact counts recovers them.
 */
@QuarkusTest
class DisclosureTest {

    static final String PATH = "/api/v1/statistics/beneficiaries";
    static final String[] DIMENSIONS = PublicationAuditTest.DIMENSIONS;

    @Inject
    Db db;

    @Inject
    Fixtures fixtures;

    final Random random = new Random(5122026);
    String year;
    /** Each learner's values, by dimension. */
    final List<Map<String, String>> learners = new ArrayList<>();

    Structure world() {
        year = fixtures.unusedSchoolYear();
        long yearId = fixtures.schoolYear(year);
        long a1 = fixtures.association("LAA", Names.unique("جمعية"));
        long a2 = fixtures.association("LAA", Names.unique("جمعية"));
        List<String[]> centres = List.of(
                centre(a1, "NFE_BASIC", "LAA-LAAYOUNE"),
                centre(a1, "NFE_BASIC", "LAA-ELMARSA"),
                centre(a2, "E2C_NG", "LAA-LAAYOUNE"),
                centre(a2, "NFE_BASIC", "LAA-LAAYOUNE"));
        Map<String, List<Integer>> ages =
                Map.of("E2C_NG", List.of(15, 16, 17, 18), "NFE_BASIC", List.of(8, 9, 10, 11, 12, 13, 14, 15));
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            String[] c = centres.get(random.nextInt(centres.size()));
            long learner = fixtures.learner("LAA", Long.valueOf(c[1]), "2012-01-01");
            Map<String, String> values = new TreeMap<>();
            values.put("centre", c[0]);
            values.put("association", c[1]);
            values.put("programme", c[2]);
            values.put("sex", random.nextBoolean() ? "F" : "M");
            values.put("nationality", random.nextInt(6) == 0 ? "SN" : "MA");
            List<Integer> band = ages.get(c[2]);
            values.put("age", String.valueOf(band.get(random.nextInt(band.size()))));
            db.update(
                    "UPDATE learner SET sex = ?, nationality = ? WHERE id = ?",
                    values.get("sex"),
                    values.get("nationality"),
                    learner);
            learners.add(values);
            rows.append(rows.length() == 0 ? "" : ", ")
                    .append("(" + learner + ", " + c[0] + ", " + yearId + ", '" + c[2] + "', 'LAA', " + c[1]
                            + ", 'ENROLLED', 1, " + values.get("age") + ", NOW(6), '" + year.substring(0, 4)
                            + "-10-01', NOW(6), NOW(6))");
        }
        db.update("INSERT INTO placement (learner_id, centre_id, school_year_id, programme, directorate_code,"
                + " association_id, status, class_number, age_at_reference, requested_at, enrolled_on, created_at,"
                + " updated_at) VALUES " + rows);
        return new Structure(centres, ages);
    }

    String[] centre(long association, String programme, String commune) {
        long id = fixtures.centre("LAA", association, programme, commune, Names.unique("مركز"), 500);
        return new String[] {String.valueOf(id), String.valueOf(association), programme};
    }

    @Test
    @TestSecurity(user = "analyst.academy", roles = "academy-analyst")
    @OidcSecurity(claims = @Claim(key = "academy", value = "LSH"))
    void noCombinationOfTheAcademysAnswersRecoversAGroupLeftOut() {
        Structure structure = world();
        Map<Map<String, String>, Long> exact = exactCounts();

        // every question with no filter or one, by up to two dimensions: what each says of every group
        Map<Map<String, String>, Long> published = new HashMap<>();
        int questions = 0;
        for (Map<String, String> filter : filters(exact)) {
            for (List<String> groupBy : groupings(filter)) {
                JsonPath answer = ask(filter, groupBy);
                questions++;
                assertNull(answer.get("hiddenCells"), "how many groups were left out is not said");
                Object total = answer.get("total");
                if (total != null) {
                    figure(published, filter, ((Number) total).longValue());
                }
                for (Map<String, Object> cell : answer.<Map<String, Object>>getList("cells")) {
                    figure(published, group(filter, groupBy, cell), ((Number) cell.get("count")).longValue());
                }
                for (Map<String, Object> headline : answer.<Map<String, Object>>getList("programmes")) {
                    figure(
                            published,
                            group(filter, List.of("programme"), headline),
                            ((Number) headline.get("count")).longValue());
                }
            }
        }

        List<Map<String, String>> leftOut = new ArrayList<>();
        exact.forEach((group, count) -> {
            Long figure = published.get(group);
            if (count > 0 && count < 5) {
                leftOut.add(group);
                assertNull(figure, "a group of " + count + " reached the academy: " + group);
            } else if (count >= 5) {
                assertNotNull(figure, "every group of 5 or more was asked for: " + group);
                assertEquals(0, figure % 5, group + " published as " + figure);
                assertTrue(figure >= 5 && Math.abs(figure - count) <= 5, group + ": " + count + " as " + figure);
            }
        });
        assertTrue(leftOut.size() > 100, "the world has groups left out: " + leftOut.size());

        IntervalAttack fromTheAnswers = attack(exact, structure, group -> published.get(group), 5);
        assertEquals(List.of(), fromTheAnswers.recovered(leftOut), "groups left out, recovered");
        // the same attack, had the figures been exact: it recovers groups left out
        IntervalAttack fromExactCounts = attack(exact, structure, group -> exact.get(group), 0);
        int recovered = fromExactCounts.recovered(leftOut).size();
        assertTrue(recovered > 20, "from exact counts the attack recovers " + recovered);
        System.out.printf(
                "%d questions, %d groups, %d left out: %d recovered from the answers, %d from exact counts%n",
                questions,
                exact.size(),
                leftOut.size(),
                fromTheAnswers.recovered(leftOut).size(),
                recovered);
    }

    /** What the attacker knows of every group: the figure published, else "under 5 or none" unless impossible. */
    static IntervalAttack attack(
            Map<Map<String, String>, Long> groups,
            Structure structure,
            java.util.function.Function<Map<String, String>, Long> figureOf,
            long slack) {
        IntervalAttack attack = new IntervalAttack();
        for (Map<String, String> group : groups.keySet()) {
            Long count = groups.get(group);
            if (!structure.possible(group)) {
                attack.empty(group);
            } else if (count < 5) {
                attack.published(group, 2, 2, 0);
            } else {
                attack.published(group, figureOf.apply(group), slack, 5);
            }
        }
        attack.solve();
        return attack;
    }

    /** The same group must get the same figure, whichever question it came through. */
    static void figure(Map<Map<String, String>, Long> published, Map<String, String> group, long figure) {
        Long before = published.putIfAbsent(group, figure);
        assertTrue(before == null || before == figure, group + " published as " + before + " and as " + figure);
    }

    JsonPath ask(Map<String, String> filter, List<String> groupBy) {
        var request = given().queryParam("schoolYear", year).queryParam("directorate", "LAA");
        filter.forEach(request::queryParam);
        if (!groupBy.isEmpty()) {
            request.queryParam(
                    "groupBy", groupBy.stream().map(String::toUpperCase).toList());
        }
        return request.get(PATH).then().statusCode(200).extract().jsonPath();
    }

    /** A cell's group: the filter and the cell's values of the dimensions asked for. */
    static Map<String, String> group(Map<String, String> filter, List<String> groupBy, Map<String, Object> cell) {
        Map<String, String> group = new TreeMap<>(filter);
        for (String d : groupBy) {
            Object value = cell.get(field(d));
            group.put(d, String.valueOf(value));
        }
        return group;
    }

    static String field(String dimension) {
        return switch (dimension) {
            case "association" -> "associationId";
            case "centre" -> "centreId";
            default -> dimension;
        };
    }

    /** No filter, and each value of each dimension. */
    static List<Map<String, String>> filters(Map<Map<String, String>, Long> groups) {
        List<Map<String, String>> filters = new ArrayList<>();
        filters.add(Map.of());
        groups.keySet().stream().filter(g -> g.size() == 1).forEach(filters::add);
        return filters;
    }

    /** No dimension, one, or two, none of them the filter's. */
    static List<List<String>> groupings(Map<String, String> filter) {
        List<String> free = java.util.Arrays.stream(DIMENSIONS)
                .filter(d -> !filter.containsKey(d))
                .toList();
        List<List<String>> groupings = new ArrayList<>();
        groupings.add(List.of());
        for (int i = 0; i < free.size(); i++) {
            groupings.add(List.of(free.get(i)));
            for (int j = i + 1; j < free.size(); j++) {
                groupings.add(List.of(free.get(i), free.get(j)));
            }
        }
        return groupings;
    }

    /** Every group of up to three conditions over the values the learners have, with its exact count. */
    Map<Map<String, String>, Long> exactCounts() {
        Map<String, List<String>> values = new TreeMap<>();
        for (String d : DIMENSIONS) {
            values.put(
                    d, learners.stream().map(l -> l.get(d)).distinct().sorted().toList());
        }
        List<Map<String, String>> groups = PublicationAuditTest.groupsOver(values);
        Map<Map<String, String>, Long> counts = new HashMap<>();
        for (Map<String, String> g : groups) {
            counts.put(
                    g,
                    learners.stream()
                            .filter(l -> l.entrySet().containsAll(g.entrySet()))
                            .count());
        }
        return counts;
    }
}
