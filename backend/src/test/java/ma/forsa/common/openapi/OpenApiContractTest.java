package ma.forsa.common.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed contract (../openapi.yaml) is what the code generates. Regenerate it with
 * {@code ./forsa openapi} (which runs this test with -Dforsa.openapi.write=true).
 */
@QuarkusTest
class OpenApiContractTest {

    static final Path COMMITTED = Path.of("..", "openapi.yaml");

    @Test
    void committedContractMatchesTheCode() throws IOException {
        String generated = given().queryParam("format", "yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (Boolean.getBoolean("forsa.openapi.write")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(COMMITTED), "openapi.yaml is missing: run ./forsa openapi");
        assertEquals(
                Files.readString(COMMITTED, StandardCharsets.UTF_8),
                generated,
                "openapi.yaml differs from what the code generates: run ./forsa openapi and commit the result");
    }

    @Test
    void everyOperationDocumentsItsProblems() {
        String yaml = given().queryParam("format", "yaml")
                .get("/q/openapi")
                .then()
                .extract()
                .asString();
        int operations = yaml.split("\n      operationId: ").length - 1;
        int withProblems = yaml.split("\n        \"500\":").length - 1;
        assertTrue(operations > 0);
        assertEquals(operations, withProblems, "each operation documents its problem answers");
        assertTrue(yaml.contains("application/problem+json"));
    }
}
