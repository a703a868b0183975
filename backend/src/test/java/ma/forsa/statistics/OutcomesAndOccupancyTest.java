package ma.forsa.statistics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import ma.forsa.testing.Db;
import ma.forsa.testing.Fixtures;
import ma.forsa.testing.Names;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where the learners went (outcomes by destination, counts and rates) and the centres' occupancy and waiting lists,
 * on a school year of the test's own: exact for the directorate, rounded with small groups left out for the academy,
 * and exported as files in the caller's language.
 */
@QuarkusTest
class OutcomesAndOccupancyTest {

    @Inject
    Db db;

    @Inject
    Fixtures fixtures;

    @Inject
    Published published;

    String year;
    long yearId;
    long association;
    long basic;
    long e2c;

    @BeforeEach
    void aSchoolYearOfItsOwn() {
        year = fixtures.unusedSchoolYear();
        yearId = fixtures.schoolYear(year);
        association = fixtures.association("LAA", Names.unique("جمعية"));
        basic = fixtures.centre("LAA", association, "NFE_BASIC", "LAA-LAAYOUNE", Names.unique("قسم"), 20);
        e2c = fixtures.centre("LAA", association, "E2C_NG", "LAA-ELMARSA", Names.unique("مركز"), 12);
        db.update("UPDATE centre SET class_cap = 5 WHERE id IN (?, ?)", basic, e2c);
    }

    /** A learner placed at the centre in the test's year: enrolled, waiting, or ended with this outcome. */
    long placed(long centre, String programme, String status, String outcome) {
        long learner = fixtures.learner("LAA", association, "2012-01-01");
        boolean waiting = "WAITING".equals(status);
        db.update(
                "INSERT INTO placement (learner_id, centre_id, school_year_id, programme, directorate_code, association_id,"
                        + " status, class_number, age_at_reference, requested_at, enrolled_on, ended_on, outcome, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, 'LAA', ?, ?, ?, 12, NOW(6), ?, ?, ?, NOW(6), NOW(6))",
                learner,
                centre,
                yearId,
                programme,
                association,
                status,
                waiting ? null : 1,
                waiting ? null : year.substring(0, 4) + "-10-01",
                "ENDED".equals(status) ? year.substring(5) + "-06-30" : null,
                outcome);
        return learner;
    }

    /** The scene's learners: who completed, who ended at the basic centre, who is enrolled there now. */
    final List<Long> completed = new java.util.ArrayList<>();

    final List<Long> endedAtBasic = new java.util.ArrayList<>();
    final List<Long> enrolledAtBasic = new java.util.ArrayList<>();

    void scene() {
        for (int i = 0; i < 6; i++) {
            completed.add(placed(basic, "NFE_BASIC", "ENDED", "COMPLETED"));
        }
        endedAtBasic.addAll(completed);
        for (int i = 0; i < 3; i++) {
            endedAtBasic.add(placed(basic, "NFE_BASIC", "ENDED", "REINTEGRATED_FORMAL_SCHOOL"));
        }
        endedAtBasic.add(placed(basic, "NFE_BASIC", "ENDED", "DROPPED_OUT"));
        // a transfer is no destination: this learner ends at the second centre, counted once
        long moved = placed(basic, "NFE_BASIC", "ENDED", "TRANSFERRED");
        db.update(
                "INSERT INTO placement (learner_id, centre_id, school_year_id, programme, directorate_code, association_id,"
                        + " status, class_number, age_at_reference, requested_at, enrolled_on, ended_on, outcome, created_at,"
                        + " updated_at) VALUES (?, ?, ?, 'E2C_NG', 'LAA', ?, 'ENDED', 1, 15, NOW(6), ?, ?,"
                        + " 'VOCATIONAL_TRAINING', NOW(6), NOW(6))",
                moved,
                e2c,
                yearId,
                association,
                year.substring(0, 4) + "-12-01",
                year.substring(5) + "-06-30");
        for (int i = 0; i < 7; i++) {
            enrolledAtBasic.add(placed(basic, "NFE_BASIC", "ENROLLED", null));
        }
        for (int i = 0; i < 3; i++) {
            placed(basic, "NFE_BASIC", "WAITING", null);
        }
        for (int i = 0; i < 11; i++) {
            placed(e2c, "E2C_NG", "ENROLLED", null);
        }
    }

    JsonPath get(String path, Object... groupBy) {
        return given().queryParam("schoolYear", year)
                .queryParam("groupBy", List.of(groupBy))
                .get("/api/v1/statistics/" + path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static Map<String, Object> outcome(Map<String, Object> cell, String outcome) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> outcomes = (List<Map<String, Object>>) cell.get("outcomes");
        return outcomes.stream()
                .filter(o -> outcome.equals(o.get("outcome")))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void theDirectorateReadsWhereEachLearnerWentAndHowFullItsCentresAre() {
        scene();
        JsonPath outcomes = get("outcomes", "PROGRAMME");
        Map<String, Object> total = outcomes.getMap("total");
        assertEquals(11, total.get("ended"), "10 ended in the basic programme, 1 in E2C; the transfer is none");
        assertEquals(6, outcome(total, "COMPLETED").get("count"));
        assertEquals(54.5f, outcome(total, "COMPLETED").get("ratePercent"));
        assertEquals(1, outcome(total, "VOCATIONAL_TRAINING").get("count"));
        assertEquals(0, outcome(total, "LABOUR_MARKET").get("count"));
        Map<String, Object> basicCell = outcomes.getMap("cells.find { it.programme == 'NFE_BASIC' }");
        assertEquals(10, basicCell.get("ended"));
        assertEquals(30.0f, outcome(basicCell, "REINTEGRATED_FORMAL_SCHOOL").get("ratePercent"));
        assertEquals(10.0f, outcome(basicCell, "DROPPED_OUT").get("ratePercent"));
        given().queryParam("schoolYear", year)
                .queryParam("groupBy", "OUTCOME")
                .get("/api/v1/statistics/outcomes")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("groupBy"));

        JsonPath occupancy = get("occupancy");
        Map<String, Object> basicCentre = occupancy.getMap("centres.find { it.centreId == " + basic + " }");
        assertEquals(20, basicCentre.get("capacity"));
        assertEquals(7, basicCentre.get("enrolled"));
        assertEquals(2, basicCentre.get("classes"), "7 learners fill 2 classes of 5");
        assertEquals(3, basicCentre.get("waiting"));
        assertEquals(35.0f, basicCentre.get("occupancyPercent"));
        Map<String, Object> e2cCentre = occupancy.getMap("centres.find { it.centreId == " + e2c + " }");
        assertEquals(11, e2cCentre.get("enrolled"));
        assertEquals(91.7f, e2cCentre.get("occupancyPercent"));
        // the directorate's totals count every active centre of it, the test's and the others'
        assertEquals(
                db.longValue("SELECT SUM(capacity) FROM centre WHERE directorate_code = 'LAA' AND active"),
                occupancy.getLong("capacity"));
    }

    @Test
    @TestSecurity(user = "analyst.academy", roles = "academy-analyst")
    @OidcSecurity(claims = @Claim(key = "academy", value = "LSH"))
    void theAcademyGetsRoundedCountsAndNoSmallGroup() {
        scene();
        JsonPath outcomes = get("outcomes", "PROGRAMME");
        assertEquals(5, outcomes.getInt("minimumCount"));
        assertNull(outcomes.get("hiddenCells"), "the E2C programme's 1 ended learner is left out, uncounted");
        assertEquals(List.of("NFE_BASIC"), outcomes.getList("cells.programme"));
        Map<String, Object> basicCell = outcomes.getMap("cells[0]");
        // every count as its learners' keys draw it: 10 ended, 6 completed
        assertEquals(published.forTheAcademy(endedAtBasic), ((Number) basicCell.get("ended")).longValue());
        assertEquals(
                published.forTheAcademy(completed),
                ((Number) outcome(basicCell, "COMPLETED").get("count")).longValue());
        assertNull(outcome(basicCell, "REINTEGRATED_FORMAL_SCHOOL").get("count"), "3: too few to publish");
        assertNull(outcome(basicCell, "REINTEGRATED_FORMAL_SCHOOL").get("ratePercent"));
        assertNull(outcome(basicCell, "LABOUR_MARKET").get("count"), "none is published like too few");

        JsonPath occupancy = get("occupancy");
        Map<String, Object> basicCentre = occupancy.getMap("centres.find { it.centreId == " + basic + " }");
        assertEquals(published.forTheAcademy(enrolledAtBasic), ((Number) basicCentre.get("enrolled")).longValue()); // 7
        assertNull(basicCentre.get("waiting"), "3 waiting: too few to publish");
        assertEquals(20, basicCentre.get("capacity"), "seats are not children: exact");
        assertTrue(occupancy.getList("directorates").containsAll(List.of("BOJ", "LAA", "SMA", "TAR")));
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void occupancyNarrowsToAProgrammeAnAssociationOrACentre() {
        scene();
        JsonPath e2cOnly = occupancy(Map.of("programme", "E2C_NG", "association", association));
        assertEquals(List.of(e2c), e2cOnly.getList("centres.centreId", Long.class));
        assertEquals(12, e2cOnly.getInt("capacity"));
        assertEquals(11, e2cOnly.getInt("enrolled"));
        assertEquals(0, e2cOnly.getInt("waiting"));

        JsonPath basicOnly = occupancy(Map.of("centre", basic));
        assertEquals(List.of(basic), basicOnly.getList("centres.centreId", Long.class));
        assertEquals(20, basicOnly.getInt("capacity"));
        assertEquals(7, basicOnly.getInt("enrolled"));
        assertEquals(3, basicOnly.getInt("waiting"));

        // an association with no centre: nothing to count, and no seat
        long none = fixtures.association("LAA", Names.unique("جمعية"));
        JsonPath nothing = occupancy(Map.of("association", none));
        assertEquals(List.of(), nothing.getList("centres"));
        assertEquals(0, nothing.getInt("capacity"));
        assertEquals(0, nothing.getInt("enrolled"));
        // a centre is a positive id
        given().queryParam("schoolYear", year)
                .queryParam("centre", 0)
                .get("/api/v1/statistics/occupancy")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("centre"));
    }

    JsonPath occupancy(Map<String, Object> filter) {
        return given().queryParam("schoolYear", year)
                .queryParams(filter)
                .get("/api/v1/statistics/occupancy")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    byte[] export(String path, String format, String language, Object... groupBy) {
        return given().queryParam("schoolYear", year)
                .queryParam("groupBy", List.of(groupBy))
                .queryParam("format", format)
                .header("Accept-Language", language)
                .get("/api/v1/statistics/" + path + "/export")
                .then()
                .statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .extract()
                .asByteArray();
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void everyStatisticIsExportedInTheCallersLanguage() throws Exception {
        scene();
        List<List<String>> outcomes = StatisticsTest.rows(export("outcomes", "CSV", "fr", "PROGRAMME"), true);
        assertEquals(List.of("Devenir des bénéficiaires, année scolaire " + year), outcomes.get(0));
        assertEquals(List.of("Comptés par : Programme"), outcomes.get(2));
        assertTrue(outcomes.get(4).get(0).startsWith("Comptes exacts"));
        assertEquals(
                List.of("Programme", "Bénéficiaires sortis", "Parcours achevé"),
                outcomes.get(6).subList(0, 3));
        List<String> total = outcomes.get(outcomes.size() - 1);
        assertEquals(List.of("Total", "11", "6", "54.5"), total.subList(0, 4));

        byte[] narrowed = given().queryParam("schoolYear", year)
                .queryParam("programme", "NFE_BASIC")
                .queryParam("format", "CSV")
                .header("Accept-Language", "fr")
                .get("/api/v1/statistics/outcomes/export")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        List<List<String>> basicOnly = StatisticsTest.rows(narrowed, true);
        assertEquals(List.of("Uniquement : Programme = Éducation non formelle – E2C de base"), basicOnly.get(2));
        assertEquals(
                List.of("Total", "10", "6", "60.0"),
                basicOnly.get(basicOnly.size() - 1).subList(0, 4));

        List<List<String>> occupancy = StatisticsTest.rows(export("occupancy", "XLSX", "ar"), false);
        assertEquals(
                "نسبة ملء المراكز ولوائح الانتظار، الموسم الدراسي " + year,
                occupancy.get(0).get(0));
        assertEquals("المقاعد", occupancy.get(5).get(3));
        List<String> basicRow = occupancy.stream()
                .filter(r -> r.size() > 5 && "7".equals(r.get(5)) && "3".equals(r.get(7)))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("20", "5", "7", "2", "3", "35"), basicRow.subList(3, 9));

        List<List<String>> funnel = StatisticsTest.rows(export("outreach", "CSV", "en", "SEX"), true);
        assertEquals(List.of("Outreach funnel, school year " + year), funnel.get(0));
        assertEquals("Identified", funnel.get(6).get(1));

        List<List<String>> agreements = StatisticsTest.rows(export("agreements", "CSV", "ar"), true);
        assertTrue(agreements.get(0).get(0).startsWith("اتفاقيات الشراكة، الموسم الدراسي " + year));
    }
}
