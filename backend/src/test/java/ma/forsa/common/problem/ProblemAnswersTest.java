package ma.forsa.common.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import ma.forsa.testing.Db;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every malformed request answers a 4xx application/problem+json that names what is wrong,
 * never a stack trace or a Java name, and changes nothing.
 */
@QuarkusTest
class ProblemAnswersTest {

    static final String PATH = "/api/v1/associations";

    @Inject
    Db db;

    static ValidatableResponse isProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("type", containsString("/problems/"))
                .body(not(containsString("java.")))
                .body(not(containsString("Exception")))
                .body(not(containsString("ma.forsa")))
                .body(not(containsString("\tat ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON              | {"nameAr": "جمعية"                        | 400 |
            not an object               | [1, 2, 3]                                 | 400 |
            empty body                  |                                           | 400 |
            unknown field               | {"nameAr": "جمعية", "president": "x"}     | 400 | president
            wrong type                  | {"nameAr": ["a", "b"]}                    | 400 | nameAr
            wrong type for version      | {"nameAr": "جمعية", "version": "v1"}     | 400 | version
            missing required field      | {"nameFr": "Association"}                 | 400 | nameAr
            blank required field        | {"nameAr": "   "}                         | 400 | nameAr
            bad email                   | {"nameAr": "جمعية", "email": "not-mail"} | 400 | email
            bad phone                   | {"nameAr": "جمعية", "phone": "<script>"} | 400 | phone
            null body                   | null                                      | 400 |
            """)
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void malformedBodiesAreRefusedAndChangeNothing(String name, String body, int status, String field) {
        long before = db.checksum("association");
        ValidatableResponse response = isProblem(
                given().contentType(ContentType.JSON)
                        .body(body == null ? "" : body)
                        .post(PATH)
                        .then(),
                status);
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertEquals(before, db.checksum("association"), "a refused request changed the table");
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void overLongStringsAreRefusedWithTheirField() {
        long before = db.count("association");
        String longName = "ج".repeat(201);
        isProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"nameAr\": \"" + longName + "\"}")
                                .post(PATH)
                                .then(),
                        400)
                .body("errors.field", hasItem("nameAr"))
                .body("errors.message", hasItem(containsString("200")));
        isProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"nameAr\": \"جمعية\", \"acronym\": \"" + "A".repeat(31) + "\"}")
                                .post(PATH)
                                .then(),
                        400)
                .body("errors.field", hasItem("acronym"));
        assertEquals(before, db.count("association"));
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void badQueryParametersNameTheParameter() {
        isProblem(given().queryParam("size", 101).get(PATH).then(), 400).body("errors.field", hasItem("size"));
        isProblem(given().queryParam("size", 0).get(PATH).then(), 400).body("errors.field", hasItem("size"));
        isProblem(given().queryParam("page", -1).get(PATH).then(), 400).body("errors.field", hasItem("page"));
        isProblem(given().queryParam("page", "abc").get(PATH).then(), 400);
        isProblem(given().queryParam("q", "x".repeat(201)).get(PATH).then(), 400)
                .body("errors.field", hasItem("q"));
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void badPathIdsUnknownPathsMethodsAndMediaTypes() {
        isProblem(given().get(PATH + "/not-a-number").then(), 400);
        isProblem(given().get(PATH + "/99999999999999999999999").then(), 400);
        isProblem(given().get(PATH + "/987654321").then(), 404).body("type", endsWith("/not-found"));
        isProblem(given().get("/api/v1/no-such-thing").then(), 404).body("instance", equalTo("/api/v1/no-such-thing"));
        isProblem(given().get("/api/no-such-version/learners").then(), 404);
        isProblem(given().delete(PATH).then(), 405);
        isProblem(given().contentType(ContentType.XML).body("<a/>").post(PATH).then(), 415);
        isProblem(
                given().contentType(ContentType.TEXT)
                        .body("nameAr=x")
                        .post(PATH)
                        .then(),
                415);
        isProblem(given().accept(ContentType.XML).get(PATH).then(), 406);
    }

    @Test
    void anonymousCallersGet401() {
        isProblem(given().get(PATH).then(), 401).header("WWW-Authenticate", containsString("Bearer"));
        isProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"nameAr\": \"x\"}")
                        .post(PATH)
                        .then(),
                401);
        isProblem(
                given().header("Authorization", "Bearer not.a.token").get(PATH).then(), 401);
    }

    @Test
    @TestSecurity(user = "analyst.academy", roles = "academy-analyst")
    void wrongRoleGets403() {
        isProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"nameAr\": \"x\"}")
                        .post(PATH)
                        .then(),
                403);
    }

    @Test
    void publicConfigNeedsNoToken() {
        given().get("/api/v1/config")
                .then()
                .statusCode(200)
                .body("realm", equalTo("forsa"))
                .body("clientId", equalTo("forsa-spa"));
    }
}
