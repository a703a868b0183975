package ma.forsa.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Real tokens from the real Keycloak that ./forsa test starts, with the committed realm. */
@QuarkusTest
class KeycloakTokenTest {

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;

    String clientCredentialsToken() {
        return RestAssured.given()
                .baseUri(realmUrl)
                .port(-1)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "forsa-integration")
                .formParam("client_secret", "demo-integration-secret")
                .post("/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("access_token");
    }

    @Test
    void thirdPartyClientCredentialsTokenIsAccepted() {
        String token = clientCredentialsToken();
        given().auth().oauth2(token).get("/api/v1/associations").then().statusCode(200);
        given().auth()
                .oauth2(token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", hasItem("api-client"))
                // its grants, client roles of forsa-backend given to its service account in the realm
                .body("roles", hasItem("statistics"))
                .body("roles", hasItem("sync"))
                .body("roles", not(hasItem("personal-data")))
                .body("directorate", equalTo("LAA"));
    }

    @Test
    void thirdPartyClientMayNotWrite() {
        given().auth()
                .oauth2(clientCredentialsToken())
                .contentType("application/json")
                .body("{\"nameAr\":\"x\"}")
                .post("/api/v1/associations")
                .then()
                .statusCode(403);
    }

    @Test
    void tamperedTokenIsRefused() {
        String token = clientCredentialsToken();
        String[] parts = token.split("\\.");
        // change the payload (claims) but keep the signature: the signature no longer matches
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        String forged = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.replace("\"LAA\"", "\"BOJ\"").getBytes());
        given().auth()
                .oauth2(parts[0] + "." + forged + "." + parts[2])
                .get("/api/v1/associations")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        char last = parts[2].charAt(5);
        String badSignature = parts[2].substring(0, 5) + (last == 'A' ? 'B' : 'A') + parts[2].substring(6);
        given().auth()
                .oauth2(parts[0] + "." + parts[1] + "." + badSignature)
                .get("/api/v1/associations")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
