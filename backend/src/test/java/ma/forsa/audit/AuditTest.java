package ma.forsa.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import ma.forsa.testing.Db;
import ma.forsa.testing.Fixtures;
import ma.forsa.testing.Names;
import org.junit.jupiter.api.Test;

/** Changes and reads of personal data leave an audit event that admins search and nobody can change. */
@QuarkusTest
class AuditTest {

    @Inject
    Db db;

    @Inject
    Fixtures fixtures;

    @Test
    @TestSecurity(user = "staff.audit", roles = "directorate-staff")
    @OidcSecurity(claims = {@Claim(key = "directorate", value = "TAR"), @Claim(key = "azp", value = "forsa-spa")})
    void aChangeAndAPersonalReadAreRecorded() {
        long before = db.count("audit_event");
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("nameAr", Names.unique("جمعية التدقيق")))
                .post("/api/v1/associations")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long learner = fixtures.learner("TAR", null, "2010-01-01");
        given().get("/api/v1/learners/" + learner).then().statusCode(200);
        given().get("/api/v1/associations/" + id).then().statusCode(200);
        given().get("/api/v1/learners/999999999").then().statusCode(404);
        assertEquals(
                before + 2, db.count("audit_event"), "a create and a personal read; other reads and failures are not");
        assertEquals(
                "CREATE|associations|forsa-spa|TAR|POST|201",
                db.string(
                        "SELECT CONCAT_WS('|', action, entity_type, client_id, directorate_code, http_method, status) FROM audit_event"
                                + " WHERE entity_type = 'associations' AND entity_id = ?",
                        id));
        assertEquals(
                "READ|staff.audit",
                db.string(
                        "SELECT CONCAT_WS('|', action, username) FROM audit_event WHERE entity_type = 'learners' AND entity_id = ?",
                        learner));
        assertEquals(
                "127.0.0.1",
                db.string(
                        "SELECT remote_address FROM audit_event WHERE entity_id = ? AND entity_type = 'learners'",
                        learner));
    }

    @Test
    @TestSecurity(user = "admin.tarfaya", roles = "directorate-admin")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "TAR"))
    void adminsSearchTheirDirectoratesTrailWhichCannotBeChanged() {
        long learner = fixtures.learner("TAR", null, "2011-01-01");
        given().get("/api/v1/learners/" + learner).then().statusCode(200);
        db.update(
                "INSERT INTO audit_event (occurred_at, username, directorate_code, action, entity_type, entity_id, http_method,"
                        + " path, status) VALUES (NOW(6), 'staff.laayoune', 'LAA', 'READ', 'learners', 1, 'GET', '/api/v1/learners/1', 200)");
        given().queryParam("entityType", "learners")
                .queryParam("entityId", learner)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items[0].username", equalTo("admin.tarfaya"))
                .body("items[0].action", equalTo("READ"))
                .body("items[0].occurredAt", notNullValue());
        given().queryParam("size", 100)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items.directorateCode", everyItem(equalTo("TAR")));
        long id = db.longValue("SELECT MAX(id) FROM audit_event");
        given().delete("/api/v1/audit-events").then().statusCode(405);
        given().delete("/api/v1/audit-events/" + id).then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body("{}")
                .put("/api/v1/audit-events/" + id)
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/audit-events")
                .then()
                .statusCode(405);
        assertEquals(1, db.longValue("SELECT COUNT(*) FROM audit_event WHERE id = " + id));
    }

    @Test
    @TestSecurity(user = "staff.tarfaya", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "TAR"))
    void onlyAdminsSearchTheTrail() {
        given().get("/api/v1/audit-events").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void auditedOperationsAreTheChangesAndThePersonalReads() {
        assertEquals("learners", AuditRecorder.entityType("/api/v1/learners/12/placements"));
        assertEquals(12L, AuditRecorder.entityId("/api/v1/learners/12/placements", null));
        assertEquals(7L, AuditRecorder.entityId("/api/v1/associations", "http://localhost:8080/api/v1/associations/7"));
        given().get("/api/v1/config").then().statusCode(200);
    }
}
