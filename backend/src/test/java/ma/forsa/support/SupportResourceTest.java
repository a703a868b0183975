package ma.forsa.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.forsa.testing.Db;
import ma.forsa.testing.Fixtures;
import ma.forsa.testing.Names;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "assoc.support", roles = "association-staff")
@OidcSecurity(claims = {@Claim(key = "directorate", value = "LAA"), @Claim(key = "association_id", value = "900501")})
class SupportResourceTest {

    @Inject
    Db db;

    @Inject
    Fixtures fixtures;

    Map<String, Object> activity(long centre, List<Map<String, Object>> attendance) {
        Map<String, Object> body = new HashMap<>();
        body.put("centreId", centre);
        body.put("kind", "PARALLEL_ACTIVITY");
        body.put("category", "ARTS");
        body.put("title", "ورشة المسرح");
        body.put("heldOn", "2025-11-12");
        body.put("durationMinutes", 90);
        body.put("facilitator", "ليلى بنعمر");
        body.put("attendance", attendance);
        return body;
    }

    @Test
    void recordAnActivityWithAttendanceAtTheAssociationsCentre() {
        fixtures.associationWithId(900501, "LAA");
        long centre = fixtures.centre("LAA", 900501, "E2C_NG", "LAA-LAAYOUNE", Names.unique("مركز"), 30);
        long a = fixtures.learner("LAA", 900501L, "2009-01-01");
        long b = fixtures.learner("LAA", 900501L, "2009-02-02");
        long id = given().contentType(ContentType.JSON)
                .body(activity(
                        centre,
                        List.of(Map.of("learnerId", a, "present", true), Map.of("learnerId", b, "present", false))))
                .post("/api/v1/support-activities")
                .then()
                .statusCode(201)
                .body("present", equalTo(1))
                .body("attendance.learnerId", contains((int) a, (int) b))
                .extract()
                .jsonPath()
                .getLong("id");
        given().queryParam("centreId", centre)
                .get("/api/v1/support-activities")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) id));
        given().queryParam("learnerId", b)
                .get("/api/v1/support-activities")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) id));
        long absentFromAll = fixtures.learner("LAA", 900501L, "2009-03-03");
        given().queryParam("learnerId", absentFromAll)
                .get("/api/v1/support-activities")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void onlyTheAssociationsCentresAndLearners() {
        fixtures.associationWithId(900501, "LAA");
        long other = fixtures.association("LAA", Names.unique("جمعية"));
        long own = fixtures.centre("LAA", 900501, "E2C_NG", "LAA-LAAYOUNE", Names.unique("مركز"), 30);
        long foreignCentre = fixtures.centre("LAA", other, "E2C_NG", "LAA-LAAYOUNE", Names.unique("مركز"), 30);
        long foreignLearner = fixtures.learner("LAA", other, "2009-01-01");
        long mine = fixtures.learner("LAA", 900501L, "2009-01-01");
        long before = db.count("support_activity");
        given().contentType(ContentType.JSON)
                .body(activity(foreignCentre, List.of()))
                .post("/api/v1/support-activities")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("centreId"));
        given().contentType(ContentType.JSON)
                .body(activity(
                        own,
                        List.of(
                                Map.of("learnerId", mine, "present", true),
                                Map.of("learnerId", foreignLearner, "present", true))))
                .post("/api/v1/support-activities")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("attendance[1].learnerId"));
        Map<String, Object> psychological = activity(own, List.of());
        psychological.put("kind", "PSYCHOLOGICAL_SUPPORT");
        given().contentType(ContentType.JSON)
                .body(psychological)
                .post("/api/v1/support-activities")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("category"));
        assertEquals(before, db.count("support_activity"));
    }

    @Test
    void followAPupilAtRiskAndJournalTheActions() {
        fixtures.associationWithId(900501, "LAA");
        Map<String, Object> pupil = new HashMap<>();
        pupil.put("firstNameAr", "زكرياء");
        pupil.put("lastNameAr", Names.unique("السالمي"));
        pupil.put("birthDate", "2012-04-04");
        pupil.put("sex", "M");
        pupil.put("schoolName", "مدرسة المسيرة الابتدائية");
        pupil.put("grade", "P6");
        pupil.put("signals", List.of("ABSENCES", "FAILING_MARKS"));
        long id = given().contentType(ContentType.JSON)
                .body(pupil)
                .post("/api/v1/at-risk-pupils")
                .then()
                .statusCode(201)
                .body("status", equalTo("FOLLOWED"))
                .body("signals", contains("ABSENCES", "FAILING_MARKS"))
                .extract()
                .jsonPath()
                .getLong("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("actedOn", "2025-11-03", "action", "HOME_VISIT", "note", "لقاء مع الأم"))
                .post("/api/v1/at-risk-pupils/" + id + "/actions")
                .then()
                .statusCode(200)
                .body("actions[0].action", equalTo("HOME_VISIT"))
                .body("actions[0].recordedBy", equalTo("assoc.support"));
        pupil.put("signals", List.of());
        given().contentType(ContentType.JSON)
                .body(pupil)
                .post("/api/v1/at-risk-pupils")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("signals"));
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void theDirectorateReadsButDoesNotRecord() {
        given().get("/api/v1/support-activities").then().statusCode(200);
        given().get("/api/v1/at-risk-pupils").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(activity(1, List.of()))
                .post("/api/v1/support-activities")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "assoc.other", roles = "association-staff")
    @OidcSecurity(
            claims = {@Claim(key = "directorate", value = "LAA"), @Claim(key = "association_id", value = "900502")})
    void anotherAssociationsRecordsAreNotFound() {
        fixtures.associationWithId(900501, "LAA");
        long centre = fixtures.centre("LAA", 900501, "E2C_NG", "LAA-LAAYOUNE", Names.unique("مركز"), 30);
        db.update(
                "INSERT INTO support_activity (directorate_code, association_id, centre_id, kind, title, held_on, duration_minutes,"
                        + " created_at, updated_at) VALUES ('LAA', 900501, ?, 'PSYCHOLOGICAL_SUPPORT', 'جلسة', '2025-11-01', 60, NOW(6), NOW(6))",
                centre);
        long id = db.longValue("SELECT MAX(id) FROM support_activity");
        given().get("/api/v1/support-activities/" + id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "analyst.academy", roles = "academy-analyst")
    void theAcademySeesNone() {
        given().get("/api/v1/support-activities").then().statusCode(403);
        given().get("/api/v1/at-risk-pupils").then().statusCode(403);
    }
}
