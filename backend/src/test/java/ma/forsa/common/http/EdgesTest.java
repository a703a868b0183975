package ma.forsa.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import ma.forsa.common.config.Limits;
import ma.forsa.testing.Db;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The edges of the API: security headers, CORS, the JSON size limit, the third-party rate limit. */
@QuarkusTest
class EdgesTest {

    @ConfigProperty(name = "forsa.limits.api-client-per-minute")
    int limit;

    @Inject
    Db db;

    @Inject
    Limits limits;

    @Test
    void securityHeadersOnEveryAnswer() {
        for (String path : new String[] {"/api/v1/config", "/api/v1/associations", "/q/health"}) {
            given().get(path)
                    .then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer")
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", containsString("connect-src 'self' http://localhost:8180"));
        }
    }

    @Test
    void theLimitsTheServerEnforcesAreTheOnesItAnnounces() {
        given().get("/api/v1/config")
                .then()
                .statusCode(200)
                .body("limits.maxDocumentBytes", equalTo(limits.maxDocumentBytes()))
                .body("limits.maxImportBytes", equalTo((int) limits.maxImportBytes()));
        assertEquals(limit, limits.apiClientPerMinute());
    }

    @Test
    void corsOnlyForConfiguredOrigins() {
        given().header("Origin", "https://partner.example.ma")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/associations")
                .then()
                .header("Access-Control-Allow-Origin", "https://partner.example.ma");
        given().header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/associations")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example.com")
                .get("/api/v1/config")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void jsonBodiesOverOneMegabyteAreRefused() {
        long before = db.checksum("association");
        String huge = "{\"nameAr\": \"" + "ج".repeat(600_000) + "\"}";
        given().contentType(ContentType.JSON)
                .body(huge)
                .post("/api/v1/associations")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", endsWith("/payload-too-large"));
        assertEquals(before, db.checksum("association"));
    }

    @Test
    @TestSecurity(
            user = "service-account-partner",
            roles = {"api-client", "sync"})
    @OidcSecurity(
            claims = {@Claim(key = "azp", value = "edges-test-client"), @Claim(key = "directorate", value = "LAA")})
    void thirdPartiesAreRateLimitedWithRetryAfter() {
        // The window is a calendar minute: when the run crosses into the next minute the count starts
        // again, so between limit and twice the limit requests pass before the first refusal.
        int passed = 0;
        io.restassured.response.Response answer = given().get("/api/v1/centres");
        while (answer.statusCode() == 200 && passed <= 2 * limit) {
            passed++;
            answer = given().get("/api/v1/centres");
        }
        org.junit.jupiter.api.Assertions.assertTrue(
                passed >= limit && passed <= 2 * limit,
                passed + " requests passed before the first refusal; the limit is " + limit);
        answer.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", endsWith("/too-many-requests"))
                .body("status", equalTo(429));
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void peopleAreNotRateLimited() {
        for (int i = 0; i < 30; i++) {
            given().get("/api/v1/centres").then().statusCode(200);
        }
    }
}
