package ma.forsa.common.paging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.forsa.testing.Fixtures;
import ma.forsa.testing.Names;
import org.junit.jupiter.api.Test;

/**
 * A list walked with its cursors gives every item once, in the order of one big page, ties included; a cursor is
 * refused when it was not made by this list and order, or is sent with a page.
 */
@QuarkusTest
@TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
@OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
class CursorPagingTest {

    @Inject
    Fixtures fixtures;

    @Test
    void cursorsWalkEveryItemOnceInOrderTiesIncluded() {
        long association = fixtures.association("LAA", Names.unique("جمعية المؤشر"));
        for (String birth : List.of(
                "2010-01-01", "2012-03-04", "2010-01-01", "2011-06-30", "2010-01-01", "2012-03-04", "2009-12-31")) {
            fixtures.learner("LAA", association, birth);
        }
        for (String direction : List.of("DESC", "ASC")) {
            Map<String, Object> filter =
                    Map.of("associationId", association, "sort", "BIRTH_DATE", "direction", direction);
            JsonPath all = page(filter, Map.of("size", 100));
            List<Long> expected = all.getList("items.id", Long.class);
            assertEquals(7, expected.size());
            assertEquals(7, all.getInt("totalItems"));
            assertEquals(true, all.getBoolean("totalExact"));
            assertNull(all.get("next"));

            JsonPath first = page(filter, Map.of("size", 2));
            assertEquals(7, first.getInt("totalItems"));
            List<Long> walked = new ArrayList<>(first.getList("items.id", Long.class));
            String next = first.getString("next");
            int pages = 1;
            while (next != null) {
                JsonPath following = page(filter, Map.of("size", 2, "cursor", next));
                assertNull(following.get("totalItems"), "cursor pages are not counted");
                walked.addAll(following.getList("items.id", Long.class));
                next = following.getString("next");
                pages++;
            }
            assertEquals(expected, walked, direction);
            assertEquals(4, pages);
        }
    }

    @Test
    void aCursorOfAnotherListOrderOrWithAPageIsRefused() {
        long association = fixtures.association("LAA", Names.unique("جمعية المؤشر"));
        fixtures.learner("LAA", association, "2010-01-01");
        fixtures.learner("LAA", association, "2011-01-01");
        String next = page(Map.of("associationId", association, "sort", "BIRTH_DATE"), Map.of("size", 1))
                .getString("next");
        assertNotNull(next);
        refused("/api/v1/learners", Map.of("associationId", association, "sort", "NAME", "cursor", next));
        refused("/api/v1/centres", Map.of("cursor", next));
        refused(
                "/api/v1/learners",
                Map.of("associationId", association, "sort", "BIRTH_DATE", "cursor", "bm90IGEgY3Vyc29y"));
        refused("/api/v1/learners", Map.of("associationId", association, "sort", "BIRTH_DATE", "cursor", "%%%"));
        given().queryParams(Map.of("associationId", association, "sort", "BIRTH_DATE", "cursor", next, "page", 2))
                .get("/api/v1/learners")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    private static void refused(String path, Map<String, Object> query) {
        given().queryParams(query)
                .header("Accept-Language", "fr")
                .get(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("curseur"))
                .body("next", nullValue());
    }

    private static JsonPath page(Map<String, Object> filter, Map<String, Object> paging) {
        return given().queryParams(filter)
                .queryParams(paging)
                .get("/api/v1/learners")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
