package ma.forsa.statistics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import ma.forsa.testing.Db;
import ma.forsa.testing.Fixtures;
import ma.forsa.testing.Names;
import org.junit.jupiter.api.Test;

/**
 * The beneficiary statistic comes from aggregates the triggers keep in the writer's transaction; on generated data
 * of a school year of its own, in two directorates, every grouping of up to two dimensions equals the distinct
 * learners counted again from the raw rows — after a bulk insert as an import writes it, after transfers (within and
 * across directorates), ends, enrolments from the waiting list, a learner's second placement in the same group,
 * deletions, corrected sexes, and an erasure through the API; before and after the compactor has run.
 */
@QuarkusTest
class BeneficiaryAggregatesTest {

    static final String[] OUTCOMES = {
        "COMPLETED", "REINTEGRATED_FORMAL_SCHOOL", "VOCATIONAL_TRAINING", "LABOUR_MARKET", "DROPPED_OUT"
    };

    @Inject
    Db db;

    @Inject
    Fixtures fixtures;

    @Inject
    BeneficiaryCounts counts;

    @Inject
    StatisticsCompactor compactor;

    final Random random = new Random(20261205);
    String other;
    long yearId;
    String year;
    final List<long[]> centres = new ArrayList<>(); // {id, association, directorate index}
    final List<String> directorates = new ArrayList<>();

    @Test
    @TestSecurity(user = "admin.laayoune", roles = "directorate-admin")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void everyGroupEqualsTheLearnersCountedAgainFromThePlacements() {
        year = fixtures.unusedSchoolYear();
        yearId = fixtures.schoolYear(year);
        other = "TB" + Math.abs(Names.unique("x").hashCode() % 100_000);
        fixtures.directorate(other);
        directorates.addAll(List.of("LAA", other));
        long laa = fixtures.association("LAA", Names.unique("جمعية"));
        long elsewhere = fixtures.association(other, Names.unique("جمعية"));
        centres.add(
                new long[] {fixtures.centre("LAA", laa, "NFE_BASIC", "LAA-LAAYOUNE", Names.unique("قسم"), 500), laa, 0
                });
        centres.add(
                new long[] {fixtures.centre("LAA", laa, "NFE_BASIC", "LAA-ELMARSA", Names.unique("قسم"), 500), laa, 0});
        centres.add(
                new long[] {fixtures.centre("LAA", laa, "E2C_NG", "LAA-LAAYOUNE", Names.unique("مركز"), 500), laa, 0});
        centres.add(new long[] {
            fixtures.centre(other, elsewhere, "NFE_BASIC", "LAA-LAAYOUNE", Names.unique("قسم"), 500), elsewhere, 1
        });

        // 1. a bulk insert of 240 learners' placements, as an import's commit writes them
        List<Long> learners = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 240; i++) {
            long[] centre = centres.get(random.nextInt(centres.size()));
            long learner = fixtures.learner(directorates.get((int) centre[2]), centre[1], "2012-01-01");
            db.update(
                    "UPDATE learner SET sex = ?, nationality = ? WHERE id = ?",
                    random.nextBoolean() ? "F" : "M",
                    random.nextInt(5) == 0 ? "SN" : "MA",
                    learner);
            learners.add(learner);
            String status = random.nextInt(6) == 0 ? "WAITING" : random.nextInt(4) == 0 ? "ENDED" : "ENROLLED";
            rows.append(rows.length() == 0 ? "" : ", ").append(values(learner, centre, status, 8 + random.nextInt(10)));
        }
        db.update(INSERT + rows);
        assertExact();

        // 2. transfers: the placement ends as TRANSFERRED and a new one starts elsewhere, a few across directorates
        List<Long> enrolled = ids("status = 'ENROLLED'");
        for (long placement : enrolled.subList(0, 40)) {
            long learner = db.longValue("SELECT learner_id FROM placement WHERE id = " + placement);
            long from = db.longValue("SELECT centre_id FROM placement WHERE id = " + placement);
            long[] to = centres.stream().filter(c -> c[0] != from).toList().get(random.nextInt(centres.size() - 1));
            int age = (int) db.longValue("SELECT age_at_reference FROM placement WHERE id = " + placement);
            db.update(
                    "UPDATE placement SET status = 'ENDED', outcome = 'TRANSFERRED', ended_on = ? WHERE id = ?",
                    year.substring(0, 4) + "-12-01",
                    placement);
            db.update(INSERT + values(learner, to, "ENROLLED", age));
        }
        // ends with an outcome, and enrolments from the waiting list
        for (long placement : ids("status = 'ENROLLED'").subList(0, 30)) {
            db.update(
                    "UPDATE placement SET status = 'ENDED', outcome = ?, ended_on = ? WHERE id = ?",
                    OUTCOMES[random.nextInt(OUTCOMES.length)],
                    year.substring(5) + "-06-30",
                    placement);
        }
        for (long placement : ids("status = 'WAITING'")) {
            if (random.nextBoolean()) {
                db.update(
                        "UPDATE placement SET status = 'ENROLLED', class_number = 1, enrolled_on = ? WHERE id = ?",
                        year.substring(0, 4) + "-10-15",
                        placement);
            }
        }
        // a learner back at the centre they left, ended again the same way: one learner, twice in one group
        for (long placement :
                ids("status = 'ENDED' AND outcome = 'DROPPED_OUT'").subList(0, 3)) {
            db.update(
                    "INSERT INTO placement (learner_id, centre_id, school_year_id, programme, directorate_code,"
                            + " association_id, status, class_number, age_at_reference, requested_at, enrolled_on, ended_on,"
                            + " outcome, created_at, updated_at) SELECT learner_id, centre_id, school_year_id, programme,"
                            + " directorate_code, association_id, status, class_number, age_at_reference, requested_at,"
                            + " enrolled_on, ended_on, outcome, NOW(6), NOW(6) FROM placement WHERE id = ?",
                    placement);
        }
        assertExact();
        compactor.compact();
        assertExact();

        // 3. placements deleted, sexes corrected
        for (long placement : ids("status = 'ENDED'").subList(0, 10)) {
            db.update("DELETE FROM placement WHERE id = ?", placement);
        }
        for (long learner : learners.subList(0, 25)) {
            db.update("UPDATE learner SET sex = IF(sex = 'F', 'M', 'F') WHERE id = ?", learner);
        }
        assertExact();

        // 4. an erasure through the API: a learner whose placements have all ended is anonymised
        long erased = db.longValue("SELECT p.learner_id FROM placement p WHERE p.school_year_id = " + yearId
                + " AND p.directorate_code = 'LAA' GROUP BY p.learner_id HAVING SUM(p.status <> 'ENDED') = 0 LIMIT 1");
        Map<String, Long> bySex = counts.raw(yearId, List.of("LAA"), List.of(Dimension.SEX, Dimension.AGE));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "طلب كتابي من الولي"))
                .post("/api/v1/learners/" + erased + "/anonymisation")
                .then()
                .statusCode(200);
        assertEquals(bySex, counts.raw(yearId, List.of("LAA"), List.of(Dimension.SEX, Dimension.AGE)));
        assertExact();
        while (compactor.compact() > 0) {
            // every delta in the cells
        }
        assertEquals(0, db.longValue("SELECT COUNT(*) FROM beneficiary_delta WHERE school_year_id = " + yearId));
        assertExact();

        // the API publishes the same numbers to the directorate's staff
        Map<String, Long> published = new TreeMap<>();
        given().queryParam("schoolYear", year)
                .queryParam("groupBy", List.of("CENTRE", "OUTCOME"))
                .get("/api/v1/statistics/beneficiaries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("cells", Map.class)
                .forEach(c -> published.put(
                        c.get("centreId") + "|" + (c.get("outcome") == null ? "" : c.get("outcome")),
                        ((Number) c.get("count")).longValue()));
        assertEquals(counts.raw(yearId, List.of("LAA"), List.of(Dimension.CENTRE, Dimension.OUTCOME)), published);

        // narrowed to the girls of the basic programme, by centre: the same as those rows of the raw count
        Map<String, Long> girls = new TreeMap<>();
        counts.raw(yearId, List.of("LAA"), List.of(Dimension.SEX, Dimension.PROGRAMME, Dimension.CENTRE))
                .forEach((key, count) -> {
                    if (key.startsWith("F|NFE_BASIC|")) {
                        girls.put(key.substring("F|NFE_BASIC|".length()), count);
                    }
                });
        io.restassured.path.json.JsonPath narrowed = given().queryParam("schoolYear", year)
                .queryParam("groupBy", "CENTRE")
                .queryParam("sex", "F")
                .queryParam("programme", "NFE_BASIC")
                .get("/api/v1/statistics/beneficiaries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Long> byCentre = new TreeMap<>();
        narrowed.getList("cells", Map.class)
                .forEach(c -> byCentre.put(String.valueOf(c.get("centreId")), ((Number) c.get("count")).longValue()));
        assertEquals(girls, byCentre);
        assertEquals(
                counts.raw(yearId, List.of("LAA"), List.of(Dimension.SEX, Dimension.PROGRAMME))
                        .get("F|NFE_BASIC"),
                narrowed.getLong("total"));
        given().queryParam("schoolYear", year)
                .queryParam("nationality", "Morocco")
                .get("/api/v1/statistics/beneficiaries")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("nationality"));
    }

    void assertExact() {
        int groups = 0;
        for (List<String> these : List.of(List.of("LAA"), List.of(other), directorates)) {
            groups += counts.assertExact(yearId, these);
        }
        assertTrue(groups > 500, "the data makes many groups: " + groups);
    }

    List<Long> ids(String where) {
        List<Long> ids = new ArrayList<>();
        String list = db.string("SELECT GROUP_CONCAT(id ORDER BY id) FROM placement WHERE school_year_id = " + yearId
                + " AND " + where);
        if (list != null) {
            for (String id : list.split(",")) {
                ids.add(Long.parseLong(id));
            }
        }
        return ids;
    }

    static final String INSERT = "INSERT INTO placement (learner_id, centre_id, school_year_id, programme,"
            + " directorate_code, association_id, status, class_number, age_at_reference, requested_at, enrolled_on,"
            + " ended_on, outcome, created_at, updated_at) VALUES ";

    String values(long learner, long[] centre, String status, int age) {
        String programme = db.string("SELECT type FROM centre WHERE id = ?", centre[0]);
        String first = year.substring(0, 4);
        return "(" + learner + ", " + centre[0] + ", " + yearId + ", '" + programme + "', '"
                + directorates.get((int) centre[2]) + "', " + centre[1] + ", '" + status + "', "
                + ("WAITING".equals(status) ? "NULL" : "1") + ", " + age + ", NOW(6), "
                + ("WAITING".equals(status) ? "NULL" : "'" + first + "-10-01'") + ", "
                + ("ENDED".equals(status) ? "'" + first + "-11-15'" : "NULL") + ", "
                + ("ENDED".equals(status) ? "'" + OUTCOMES[random.nextInt(OUTCOMES.length)] + "'" : "NULL")
                + ", NOW(6), NOW(6))";
    }
}
