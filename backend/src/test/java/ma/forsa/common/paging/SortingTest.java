package ma.forsa.common.paging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.List;
import ma.forsa.testing.Fixtures;
import ma.forsa.testing.Names;
import org.junit.jupiter.api.Test;

/** A list is ordered by the field a person asks for, either way, with pages that never overlap. */
@QuarkusTest
@TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
@OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
class SortingTest {

    @Inject
    Fixtures fixtures;

    @Test
    void centresByCapacityOrNameEitherWay() {
        long association = fixtures.association("LAA", Names.unique("جمعية الترتيب"));
        String tag = Names.unique("");
        fixtures.centre("LAA", association, "E2C_NG", "LAA-LAAYOUNE", "ب مركز " + tag, 30);
        fixtures.centre("LAA", association, "E2C_NG", "LAA-LAAYOUNE", "أ مركز " + tag, 10);
        fixtures.centre("LAA", association, "E2C_NG", "LAA-LAAYOUNE", "ج مركز " + tag, 20);
        assertEquals(List.of(30, 20, 10), centres(association, "CAPACITY", "DESC", "capacity"));
        assertEquals(List.of(10, 20, 30), centres(association, "CAPACITY", "ASC", "capacity"));
        assertEquals(List.of(10, 30, 20), centres(association, "NAME", null, "capacity"));
        // page 2 of 2 (size 2) holds the one page 1 did not
        List<Integer> first = given().queryParams("associationId", association, "sort", "CAPACITY", "size", 2)
                .get("/api/v1/centres")
                .then()
                .extract()
                .jsonPath()
                .getList("items.capacity");
        List<Integer> second = given().queryParams(
                        "associationId", association, "sort", "CAPACITY", "size", 2, "page", 1)
                .get("/api/v1/centres")
                .then()
                .extract()
                .jsonPath()
                .getList("items.capacity");
        assertEquals(List.of(10, 20), first);
        assertEquals(List.of(30), second);
    }

    @Test
    void learnersByBirthDateNewestFirst() {
        long association = fixtures.association("LAA", Names.unique("جمعية ترتيب المستفيدين"));
        fixtures.learner("LAA", association, "2012-05-01");
        fixtures.learner("LAA", association, "2010-01-15");
        fixtures.learner("LAA", association, "2011-09-30");
        List<String> births = given().queryParams(
                        "associationId", association, "sort", "BIRTH_DATE", "direction", "DESC")
                .get("/api/v1/learners")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.birthDate");
        assertEquals(List.of("2012-05-01", "2011-09-30", "2010-01-15"), births);
    }

    @Test
    void anOrderTheListDoesNotOfferIsRefused() {
        given().queryParam("sort", "PASSWORD")
                .get("/api/v1/learners")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation"));
        given().queryParams("sort", "NAME", "direction", "UP")
                .get("/api/v1/associations")
                .then()
                .statusCode(400);
        given().queryParams("sort", "NAME", "direction", "DESC")
                .get("/api/v1/associations")
                .then()
                .statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("items.nameAr", hasItem(org.hamcrest.Matchers.notNullValue()));
    }

    private static List<Integer> centres(long association, String sort, String direction, String field) {
        var request = given().queryParams("associationId", association, "sort", sort);
        if (direction != null) {
            request = request.queryParam("direction", direction);
        }
        return request.get("/api/v1/centres")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items." + field);
    }
}
