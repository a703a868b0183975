package ma.forsa.schoolyear;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import ma.forsa.testing.Db;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class SchoolYearResourceTest {

    @Inject
    Db db;

    @Inject
    ma.forsa.testing.Fixtures fixtures;

    /** A school year of its own for a test, far in the future so it meets no other test's. */
    static long newYear(int first) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "code",
                        first + "/" + (first + 1),
                        "startsOn",
                        first + "-09-01",
                        "endsOn",
                        (first + 1) + "-07-31"))
                .post("/api/v1/school-years")
                .then()
                .statusCode(201)
                .body("ageReferenceDate", equalTo(first + "-12-31"))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    static int randomFirstYear() {
        return ThreadLocalRandom.current().nextInt(2100, 9000);
    }

    @ParameterizedTest(name = "born {0}: age {1}, programmes {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2018-12-31 | 7  |
            2017-12-31 | 8  | NFE_BASIC
            2010-12-31 | 15 | NFE_BASIC E2C_NG
            2011-01-01 | 14 | NFE_BASIC
            2007-12-31 | 18 | E2C_NG
            2006-12-31 | 19 |
            """)
    @TestSecurity(user = "assoc", roles = "association-staff")
    @OidcSecurity(claims = {@Claim(key = "directorate", value = "TAR"), @Claim(key = "association_id", value = "1")})
    void eligibilityAtEachEdgeOfTheDefaultBands(String birth, int age, String programmes) {
        var response = given().queryParam("birthDate", birth)
                .queryParam("schoolYear", "2025/2026")
                .get("/api/v1/eligibility")
                .then()
                .statusCode(200)
                .body("age", equalTo(age))
                .body("referenceDate", equalTo("2025-12-31"))
                .body("programmes.programme", containsInAnyOrder("NFE_BASIC", "E2C_NG"));
        if (programmes == null) {
            response.body("eligibleProgrammes", empty());
        } else {
            response.body("eligibleProgrammes", contains((Object[]) programmes.split(" ")));
        }
    }

    @Test
    @TestSecurity(user = "admin.tarfaya", roles = "directorate-admin")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "TAR"))
    void aDirectoratesOwnBandTakesEffectThereAndInThatYearOnly() {
        int first = randomFirstYear();
        long year = newYear(first);
        long otherYear = newYear(first + 1);
        given().contentType(ContentType.JSON)
                .body(Map.of("minAge", 13, "maxAge", 18))
                .put("/api/v1/school-years/" + year + "/age-bands/E2C_NG")
                .then()
                .statusCode(200)
                .body("bands.find { it.programme == 'E2C_NG' }.minAge", equalTo(13))
                .body("bands.find { it.programme == 'E2C_NG' }.source", equalTo("DIRECTORATE"));

        String thirteen = (first - 13) + "-03-01";
        given().queryParam("birthDate", thirteen)
                .queryParam("schoolYear", first + "/" + (first + 1))
                .get("/api/v1/eligibility")
                .then()
                .statusCode(200)
                .body("age", equalTo(13))
                .body("eligibleProgrammes", hasItem("E2C_NG"));
        // the next school year keeps the default band
        given().queryParam("birthDate", (first - 12) + "-03-01")
                .queryParam("schoolYear", (first + 1) + "/" + (first + 2))
                .get("/api/v1/eligibility")
                .then()
                .statusCode(200)
                .body("age", equalTo(13))
                .body("eligibleProgrammes", contains("NFE_BASIC"));
        assertEquals(
                1,
                db.longValue("SELECT COUNT(*) FROM age_band WHERE school_year_id = " + year
                        + " AND directorate_code = 'TAR'"));
        assertEquals(
                0,
                db.longValue("SELECT COUNT(*) FROM age_band WHERE school_year_id = " + otherYear
                        + " AND directorate_code IS NOT NULL"));
        given().delete("/api/v1/school-years/" + year + "/age-bands/E2C_NG")
                .then()
                .statusCode(204);
        given().queryParam("birthDate", thirteen)
                .queryParam("schoolYear", first + "/" + (first + 1))
                .get("/api/v1/eligibility")
                .then()
                .statusCode(200)
                .body("eligibleProgrammes", contains("NFE_BASIC"));
        given().delete("/api/v1/school-years/" + year + "/age-bands/E2C_NG")
                .then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "staff.boujdour", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "BOJ"))
    void anotherDirectorateKeepsTheDefault() {
        given().queryParam("birthDate", "2012-06-01")
                .queryParam("schoolYear", "2025/2026")
                .get("/api/v1/eligibility")
                .then()
                .statusCode(200)
                .body("age", equalTo(13))
                .body("programmes.find { it.programme == 'E2C_NG' }.source", equalTo("DEFAULT"))
                .body("eligibleProgrammes", contains("NFE_BASIC"));
    }

    @Test
    @TestSecurity(user = "admin.laayoune", roles = "directorate-admin")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void badSchoolYearsAreRefusedAndNothingIsSaved() {
        long before = db.count("school_year");
        int first = randomFirstYear();
        post(
                Map.of(
                        "code",
                        first + "/" + (first + 2),
                        "startsOn",
                        first + "-09-01",
                        "endsOn",
                        (first + 1) + "-07-31"),
                "code");
        post(Map.of("code", "2025-2026", "startsOn", "2025-09-01", "endsOn", "2026-07-31"), "code");
        post(
                Map.of("code", first + "/" + (first + 1), "startsOn", first + "-09-01", "endsOn", first + "-08-01"),
                "endsOn");
        post(
                Map.of(
                        "code",
                        first + "/" + (first + 1),
                        "startsOn",
                        first + "-02-30",
                        "endsOn",
                        (first + 1) + "-07-31"),
                "startsOn");
        post(
                Map.of(
                        "code",
                        first + "/" + (first + 1),
                        "startsOn",
                        first + "-09-01",
                        "endsOn",
                        (first + 1) + "-07-31",
                        "bands",
                        java.util.List.of(Map.of("programme", "E2C_NG", "minAge", 18, "maxAge", 15))),
                "bands[0].maxAge");
        post(
                Map.of(
                        "code",
                        first + "/" + (first + 1),
                        "startsOn",
                        first + "-09-01",
                        "endsOn",
                        (first + 1) + "-07-31",
                        "bands",
                        java.util.List.of(Map.of("programme", "AWARENESS", "minAge", 8, "maxAge", 15))),
                "bands[0].programme");
        post(
                Map.of(
                        "code",
                        first + "/" + (first + 1),
                        "startsOn",
                        first + "-09-01",
                        "endsOn",
                        (first + 1) + "-07-31",
                        "bands",
                        java.util.List.of(Map.of("programme", "NOPE", "minAge", 8, "maxAge", 15))),
                "bands[0].programme");
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "2025/2026", "startsOn", "2025-09-01", "endsOn", "2026-07-31"))
                .post("/api/v1/school-years")
                .then()
                .statusCode(409)
                .body("errors.field", hasItem("code"));
        assertEquals(before, db.count("school_year"));
        given().contentType(ContentType.JSON)
                .body(Map.of("minAge", 16, "maxAge", 12))
                .put("/api/v1/school-years/1/age-bands/E2C_NG")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("maxAge"));
        given().contentType(ContentType.JSON)
                .body(Map.of("minAge", 6, "maxAge", 12))
                .put("/api/v1/school-years/1/age-bands/BOGUS")
                .then()
                .statusCode(400);
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void badEligibilityQueriesNameTheParameter() {
        given().queryParam("schoolYear", "2025/2026")
                .get("/api/v1/eligibility")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("birthDate"));
        given().queryParam("birthDate", "2010-13-45")
                .queryParam("schoolYear", "2025/2026")
                .get("/api/v1/eligibility")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("birthDate", "2030-01-01")
                .queryParam("schoolYear", "2025/2026")
                .get("/api/v1/eligibility")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("birthDate"));
        given().queryParam("birthDate", "2010-01-01")
                .queryParam("schoolYear", "1990/1991")
                .get("/api/v1/eligibility")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("schoolYear"));
        // directorate staff may not change bands
        given().contentType(ContentType.JSON)
                .body(Map.of("minAge", 13, "maxAge", 18))
                .put("/api/v1/school-years/1/age-bands/E2C_NG")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void eligibilityOfARegisteredLearner() {
        long learner = fixtures.learner("LAA", null, "2010-12-31");
        given().queryParam("learnerId", learner)
                .queryParam("schoolYear", "2025/2026")
                .get("/api/v1/eligibility")
                .then()
                .statusCode(200)
                .body("age", equalTo(15))
                .body("eligibleProgrammes", contains("NFE_BASIC", "E2C_NG"));
        long elsewhere = fixtures.learner("SMA", null, "2010-12-31");
        given().queryParam("learnerId", elsewhere)
                .queryParam("schoolYear", "2025/2026")
                .get("/api/v1/eligibility")
                .then()
                .statusCode(404);
        given().queryParam("learnerId", learner)
                .queryParam("birthDate", "2010-01-01")
                .queryParam("schoolYear", "2025/2026")
                .get("/api/v1/eligibility")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("learnerId"));
    }

    @Test
    @TestSecurity(user = "analyst.academy", roles = "academy-analyst")
    void academyReadsSchoolYearsButNotEligibility() {
        given().get("/api/v1/school-years").then().statusCode(200).body("items.code", hasItem("2025/2026"));
        given().queryParam("birthDate", "2010-01-01")
                .queryParam("schoolYear", "2025/2026")
                .get("/api/v1/eligibility")
                .then()
                .statusCode(403);
    }

    void post(Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/school-years")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
