package ma.forsa.centre;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
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
class CentreResourceTest {

    static final String PATH = "/api/v1/centres";

    @Inject
    Db db;

    @Inject
    Fixtures fixtures;

    Map<String, Object> e2c(long associationId, String nameAr) {
        Map<String, Object> body = new HashMap<>();
        body.put("nameAr", nameAr);
        body.put("nameFr", "Centre E2C NG Hay Al Wahda");
        body.put("type", "E2C_NG");
        body.put("associationId", associationId);
        body.put("communeCode", "LAA-LAAYOUNE");
        body.put("capacity", 60);
        body.put("openedOn", "2025-10-01");
        body.put("strands", List.of("EDUCATIONAL_UPGRADING", "TRADES_INTRODUCTION", "ACCOMPANIMENT"));
        body.put("trades", List.of("الكهرباء", "المعلوميات", "الحلاقة والتجميل"));
        return body;
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void openAnE2cCentreWithStrandsAndTrades() {
        long association = fixtures.association("LAA", Names.unique("جمعية"));
        String name = Names.unique("مركز الفرصة الثانية حي الوحدة");
        long id = given().contentType(ContentType.JSON)
                .body(e2c(association, name))
                .post(PATH)
                .then()
                .statusCode(201)
                .body("nameAr", equalTo(name))
                .body("classCap", equalTo(20))
                .body("strands", contains("EDUCATIONAL_UPGRADING", "TRADES_INTRODUCTION", "ACCOMPANIMENT"))
                .body("trades", hasItem("المعلوميات"))
                .extract()
                .jsonPath()
                .getLong("id");
        given().queryParam("associationId", association)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo((int) id));

        Map<String, Object> change = e2c(association, name);
        change.put("capacity", 80);
        change.put("version", 0);
        given().contentType(ContentType.JSON)
                .body(change)
                .put(PATH + "/" + id)
                .then()
                .statusCode(200)
                .body("capacity", equalTo(80))
                .body("version", equalTo(1));
        given().contentType(ContentType.JSON)
                .body(change)
                .put(PATH + "/" + id)
                .then()
                .statusCode(409);
        change.put("version", 1);
        change.put("type", "NFE_BASIC");
        change.put("strands", List.of());
        change.put("trades", List.of());
        given().contentType(ContentType.JSON)
                .body(change)
                .put(PATH + "/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("type"));
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void rulesOfACentreAreEnforcedAndNothingIsSaved() {
        long association = fixtures.association("LAA", Names.unique("جمعية"));
        long boujdour = fixtures.association("BOJ", Names.unique("جمعية بوجدور"));
        long before = db.count("centre");
        refuse(with(e2c(association, Names.unique("مركز")), "type", "NFE_BASIC"), "strands");
        refuse(with(e2c(association, Names.unique("مركز")), "type", "AWARENESS"), "type");
        refuse(with(e2c(association, Names.unique("مركز")), "classCap", 100), "classCap");
        refuse(with(e2c(association, Names.unique("مركز")), "capacity", 0), "capacity");
        refuse(with(e2c(association, Names.unique("مركز")), "associationId", boujdour), "associationId");
        refuse(with(e2c(association, Names.unique("مركز")), "communeCode", "SMA-SEMARA"), "communeCode");
        refuse(
                with(
                        with(e2c(association, Names.unique("مركز")), "strands", List.of("ACCOMPANIMENT")),
                        "trades",
                        List.of("الكهرباء")),
                "trades");
        refuse(with(e2c(association, Names.unique("مركز")), "strands", List.of("SWIMMING")), "strands[0]");
        assertEquals(before, db.count("centre"));
        assertEquals(
                0,
                db.longValue(
                        "SELECT COUNT(*) FROM centre_trade t LEFT JOIN centre c ON c.id = t.centre_id WHERE c.id IS NULL"));
    }

    @Test
    @TestSecurity(user = "assoc.centres", roles = "association-staff")
    @OidcSecurity(
            claims = {@Claim(key = "directorate", value = "LAA"), @Claim(key = "association_id", value = "900101")})
    void associationStaffSeeTheCentresTheyOperateOnly() {
        fixtures.associationWithId(900101, "LAA");
        long other = fixtures.association("LAA", Names.unique("جمعية"));
        long own = fixtures.centre("LAA", 900101, "E2C_NG", "LAA-ELMARSA", Names.unique("مركز المرسى"), 40);
        long notOwn = fixtures.centre("LAA", other, "NFE_BASIC", "LAA-LAAYOUNE", Names.unique("قسم"), 25);
        given().queryParam("size", 100)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.associationId", everyItem(equalTo(900101)))
                .body("items.id", hasItem((int) own));
        given().get(PATH + "/" + own).then().statusCode(200);
        given().get(PATH + "/" + notOwn).then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body(e2c(900101, Names.unique("مركز")))
                .post(PATH)
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "staff.semara", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "SMA"))
    void anotherDirectoratesCentreIsNotFound() {
        long association = fixtures.association("LAA", Names.unique("جمعية"));
        long centre = fixtures.centre("LAA", association, "E2C_NG", "LAA-ELMARSA", Names.unique("مركز"), 40);
        given().get(PATH + "/" + centre).then().statusCode(404);
        given().post(PATH + "/" + centre + "/deactivate").then().statusCode(404);
        given().queryParam("size", 100)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.directorateCode", everyItem(equalTo("SMA")));
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    static void refuse(Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON)
                .body(body)
                .post(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
