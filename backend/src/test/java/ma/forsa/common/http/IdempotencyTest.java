package ma.forsa.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ma.forsa.testing.Db;
import ma.forsa.testing.Names;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key on a create: sent again, the first answer comes back and nothing is made twice; with another
 * body, 422; sent many times at once, one record; keys are the caller's own.
 */
@QuarkusTest
@TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
@OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
class IdempotencyTest {

    @Inject
    Db db;

    static Response create(String key, Object body) {
        return given().contentType(ContentType.JSON)
                .header(Idempotency.HEADER, key)
                .body(body)
                .post("/api/v1/associations");
    }

    long associationsNamed(String name) {
        return Long.parseLong(db.string("SELECT COUNT(*) FROM association WHERE name_ar = ?", name));
    }

    @Test
    void theSameKeyAndBodyAgainAnswersTheFirstAnswerAndMakesNothing() {
        String name = Names.unique("جمعية الإعادة");
        String key = "\"" + UUID.randomUUID() + "\"";
        Response first = create(key, Map.of("nameAr", name));
        first.then().statusCode(201);
        Response again = create(key, Map.of("nameAr", name));
        again.then().statusCode(201).header("Idempotent-Replayed", "true").contentType(ContentType.JSON);
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.jsonPath().getLong("id"), again.jsonPath().getLong("id"));
        assertEquals(first.jsonPath().getString("nameAr"), again.jsonPath().getString("nameAr"));
        assertEquals(1, associationsNamed(name));

        create(key, Map.of("nameAr", name + " أخرى"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains(Idempotency.HEADER));
        assertEquals(0, associationsNamed(name + " أخرى"));
    }

    @Test
    void aRefusalIsAnsweredAgainToo() {
        String key = UUID.randomUUID().toString();
        create(key, Map.of("nameAr", "")).then().statusCode(400);
        create(key, Map.of("nameAr", ""))
                .then()
                .statusCode(400)
                .header("Idempotent-Replayed", "true")
                .body("errors.field", contains("nameAr"));
    }

    @Test
    void aMalformedKeyIsRefused() {
        String name = Names.unique("جمعية");
        create("two words", Map.of("nameAr", name))
                .then()
                .statusCode(400)
                .body("errors.field", contains("Idempotency-Key"));
        create("x".repeat(256), Map.of("nameAr", name)).then().statusCode(400);
        assertEquals(0, associationsNamed(name));
    }

    @Test
    void theSameKeySentManyTimesAtOnceMakesOneRecord() throws Exception {
        String name = Names.unique("جمعية متزامنة");
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> create(key, Map.of("nameAr", name)).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(calls)) {
                statuses.add(answer.get());
            }
            assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), "answers: " + statuses);
            assertTrue(statuses.contains(201), "answers: " + statuses);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, associationsNamed(name));
        create(key, Map.of("nameAr", name)).then().statusCode(201).header("Idempotent-Replayed", "true");
    }

    @Test
    void keysAreTheCallersOwn() {
        String key = UUID.randomUUID().toString();
        String name = Names.unique("جمعية");
        create(key, Map.of("nameAr", name)).then().statusCode(201);
        assertEquals(1, db.longValue("SELECT COUNT(*) FROM idempotency_record WHERE idem_key = '" + key + "'"));
        db.update("UPDATE idempotency_record SET caller = 'user:someone-else' WHERE idem_key = ?", key);
        create(key, Map.of("nameAr", name + " ٢")).then().statusCode(201).header("Idempotent-Replayed", equalTo(null));
    }

    @Test
    @TestSecurity(user = "admin.laayoune", roles = "directorate-admin")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void anErasedPersonsAnswerIsForgottenAndNotMadeAgain() {
        String key = UUID.randomUUID().toString();
        String last = Names.unique("المنسي");
        Map<String, Object> learner =
                Map.of("firstNameAr", "سلمى", "lastNameAr", last, "birthDate", "2013-06-01", "sex", "F");
        long id = given().contentType(ContentType.JSON)
                .header(Idempotency.HEADER, key)
                .body(learner)
                .post("/api/v1/learners")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "طلب الأسرة"))
                .post("/api/v1/learners/" + id + "/anonymisation")
                .then()
                .statusCode(200);
        assertEquals(0, db.longValue("SELECT COUNT(*) FROM idempotency_record WHERE INSTR(body, '" + last + "') > 0"));
        given().contentType(ContentType.JSON)
                .header(Idempotency.HEADER, key)
                .body(learner)
                .post("/api/v1/learners")
                .then()
                .statusCode(409)
                .body("errors.field", contains(Idempotency.HEADER));
        assertEquals(0, db.longValue("SELECT COUNT(*) FROM learner WHERE last_name_ar = '" + last + "'"));
    }
}
