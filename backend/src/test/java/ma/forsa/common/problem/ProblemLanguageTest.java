package ma.forsa.common.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import ma.forsa.common.i18n.Language;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A refusal speaks the caller's language (Accept-Language, as the SPA sends it): its title, its detail and the
 * messages beside the fields, whether a service, Bean Validation, the JSON reader or security refused.
 */
@QuarkusTest
@TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
@OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
class ProblemLanguageTest {

    static final String[] HEADERS = {"ar-MA,ar;q=0.9,fr;q=0.5", "fr-FR,fr;q=0.9", "en-GB"};

    static RequestSpecification in(Language language) {
        return given().header("Accept-Language", HEADERS[language.ordinal()]);
    }

    static String text(Language language, Message message, Object... args) {
        return Messages.text(language, message, args);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void aServiceRefusalIsInTheCallersLanguage(Language language) {
        JsonPath problem = in(language)
                .get("/api/v1/learners/987654321")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .extract()
                .jsonPath();
        assertEquals(ProblemType.NOT_FOUND.title(language), problem.getString("title"));
        assertEquals(text(language, Message.NOT_FOUND_LEARNER, 987654321), problem.getString("detail"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void fieldRulesAreInTheCallersLanguageAndNameNoInternalField(Language language) {
        JsonPath problem = in(language)
                .contentType(ContentType.JSON)
                .body("{\"nameAr\": \"" + "ج".repeat(300) + "\", \"email\": \"not-mail\", \"phone\": \"<x>\"}")
                .post("/api/v1/associations")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertEquals(ProblemType.VALIDATION.title(language), problem.getString("title"));
        assertEquals(text(language, Message.FIELDS_INVALID), problem.getString("detail"));
        assertEquals(text(language, Message.EMAIL), message(problem, "email"));
        assertEquals(text(language, Message.FORMAT_PHONE), message(problem, "phone"));
        assertTrue(message(problem, "nameAr").contains("200"), message(problem, "nameAr"));
        for (String text : problem.getList("errors.message", String.class)) {
            // no API name such as nameAr or waitlistIfFull
            assertTrue(!text.matches(".*\\b[a-z]+[A-Z][A-Za-z]*\\b.*"), text);
        }
    }

    @Test
    void anUnknownFieldIsToldInArabic() {
        in(Language.AR)
                .contentType(ContentType.JSON)
                .body("{\"nameAr\": \"جمعية\", \"president\": \"x\"}")
                .post("/api/v1/associations")
                .then()
                .statusCode(400)
                .body("detail", equalTo(text(Language.AR, Message.UNKNOWN_FIELD, "president")))
                .body("errors.message", hasItem(text(Language.AR, Message.UNKNOWN_FIELD_HERE)));
    }

    @Test
    @TestSecurity
    void anAnonymousCallerIsAskedToSignInInFrench() {
        in(Language.FR)
                .get("/api/v1/learners")
                .then()
                .statusCode(401)
                .body("title", equalTo(ProblemType.UNAUTHENTICATED.title(Language.FR)))
                .body("detail", equalTo(text(Language.FR, Message.TOKEN_REQUIRED)));
    }

    @Test
    void aCallerThatNamesNoLanguageForsaSpeaksReadsEnglish() {
        given().header("Accept-Language", "de-DE")
                .get("/api/v1/learners/987654321")
                .then()
                .statusCode(404)
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("Learner 987654321 does not exist or is not visible to you."));
        given().get("/api/v1/no-such-thing").then().statusCode(404).body("detail", equalTo("No such resource."));
    }

    static String message(JsonPath problem, String field) {
        return problem.getString("errors.find { it.field == '" + field + "' }.message");
    }
}
