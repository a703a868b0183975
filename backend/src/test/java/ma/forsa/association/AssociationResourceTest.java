package ma.forsa.association;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import ma.forsa.testing.Db;
import ma.forsa.testing.Names;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssociationResourceTest {

    static final String PATH = "/api/v1/associations";

    @Inject
    Db db;

    static Map<String, Object> input(String nameAr) {
        return Map.of(
                "nameAr",
                nameAr,
                "nameFr",
                "Association " + nameAr.hashCode(),
                "communeCode",
                "LAA-ELMARSA",
                "email",
                "contact@example.ma",
                "phone",
                "+212 528 00 00 00");
    }

    static Response create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(PATH);
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void arabicNameRoundTripsByteForByte() {
        String name = "جمعية التميز للمرأة والطفل " + Names.unique("ـ");
        Response created = create(input(name));
        created.then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", containsString(PATH + "/"))
                .body("nameAr", equalTo(name))
                .body("directorateCode", equalTo("LAA"))
                .body("version", equalTo(0))
                .body("active", equalTo(true));
        long id = created.jsonPath().getLong("id");
        assertEquals(created.header("Location"), created.header("Location").replaceAll("/\\d+$", "/" + id));

        byte[] read = given().get(PATH + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("nameAr")
                .getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(name.getBytes(StandardCharsets.UTF_8), read);
        String storedHex = db.string("SELECT HEX(name_ar) FROM association WHERE id = ?", id);
        assertEquals(HexFormat.of().withUpperCase().formatHex(name.getBytes(StandardCharsets.UTF_8)), storedHex);
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void staleVersionIsAConflictAndChangesNothing() {
        long id = create(input(Names.unique("جمعية الأمل")))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Map<String, Object> change = new java.util.HashMap<>(input(Names.unique("جمعية الأمل الجديدة")));
        change.put("version", 0);
        given().contentType(ContentType.JSON)
                .body(change)
                .put(PATH + "/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("nameAr", equalTo(change.get("nameAr")));

        long before = db.checksum("association");
        Map<String, Object> stale = new java.util.HashMap<>(input(Names.unique("تغيير متأخر")));
        stale.put("version", 0);
        given().contentType(ContentType.JSON)
                .body(stale)
                .put(PATH + "/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/stale-version"))
                .body("errors.field", hasItem("version"));
        assertEquals(before, db.checksum("association"));
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void listPagesAndSearchesArabicAndFrenchNames() {
        String tag = Names.unique("Tag").replace(" ", "");
        for (int i = 0; i < 3; i++) {
            create(Map.of("nameAr", "جمعية " + tag + " " + i, "nameFr", "Société Éducation " + tag + " " + i))
                    .then()
                    .statusCode(201);
        }
        given().queryParam("q", tag)
                .queryParam("size", 2)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        given().queryParam("q", tag)
                .queryParam("size", 2)
                .queryParam("page", 1)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        // French search ignores case and accents (utf8mb4_unicode_ci)
        given().queryParam("q", "societe education " + tag.toLowerCase())
                .get(PATH)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3));
        given().queryParam("q", "جمعية " + tag + " 1")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
        // LIKE wildcards in the search text are literal
        given().queryParam("q", "%")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.nameAr", everyItem(containsString("%")));
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void duplicateArabicNameInADirectorateIsAConflict() {
        String name = Names.unique("جمعية مكررة");
        create(input(name)).then().statusCode(201);
        long before = db.count("association");
        create(input(name))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("nameAr"));
        assertEquals(before, db.count("association"));
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void communeMustBelongToTheDirectorate() {
        Map<String, Object> body = new java.util.HashMap<>(input(Names.unique("جمعية")));
        body.put("communeCode", "BOJ-BOUJDOUR");
        long before = db.count("association");
        create(body).then().statusCode(400).body("errors.field", hasItem("communeCode"));
        assertEquals(before, db.count("association"));
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void deactivateAndActivate() {
        long id = create(input(Names.unique("جمعية مؤقتة")))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        given().post(PATH + "/" + id + "/deactivate").then().statusCode(200).body("active", equalTo(false));
        given().queryParam("active", false)
                .queryParam("size", 100)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id));
        given().queryParam("active", true)
                .queryParam("size", 100)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        given().post(PATH + "/" + id + "/activate").then().statusCode(200).body("active", equalTo(true));
    }

    @Test
    @TestSecurity(user = "staff.boujdour", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "BOJ"))
    void anotherDirectoratesAssociationIsNotFound() {
        long laayoune = insertDirectly("LAA", Names.unique("جمعية العيون"));
        long before = db.checksum("association");
        given().get(PATH + "/" + laayoune).then().statusCode(404).contentType("application/problem+json");
        Map<String, Object> change = new java.util.HashMap<>(input(Names.unique("اختراق")));
        change.put("version", 0);
        change.put("communeCode", "BOJ-BOUJDOUR");
        given().contentType(ContentType.JSON)
                .body(change)
                .put(PATH + "/" + laayoune)
                .then()
                .statusCode(404);
        given().post(PATH + "/" + laayoune + "/deactivate").then().statusCode(404);
        given().queryParam("size", 100)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.directorateCode", everyItem(equalTo("BOJ")));
        assertEquals(before, db.checksum("association"));
    }

    @Test
    @TestSecurity(user = "assoc.other", roles = "association-staff")
    @OidcSecurity(claims = {@Claim(key = "directorate", value = "LAA"), @Claim(key = "association_id", value = "-5")})
    void associationStaffCannotCreateAndSeeOnlyTheirOwn() {
        long before = db.count("association");
        create(input(Names.unique("جمعية")))
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("title", notNullValue());
        assertEquals(before, db.count("association"));
        given().get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    @TestSecurity(user = "analyst.academy", roles = "academy-analyst")
    @OidcSecurity(claims = @Claim(key = "academy", value = "LSH"))
    void academyAnalystGetsNothingOfIt() {
        given().get(PATH).then().statusCode(403).contentType("application/problem+json");
        given().get(PATH + "/1").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "assoc.own", roles = "association-staff")
    @OidcSecurity(
            claims = {@Claim(key = "directorate", value = "LAA"), @Claim(key = "association_id", value = "900001")})
    void associationStaffSeeTheirOwnAssociationOnly() {
        db.update("INSERT IGNORE INTO association (id, directorate_code, name_ar, created_at, updated_at) "
                + "VALUES (900001, 'LAA', 'جمعية الاختبار الخاصة', NOW(), NOW())");
        long other = insertDirectly("LAA", Names.unique("جمعية أخرى"));
        given().queryParam("size", 100)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(900001));
        given().get(PATH + "/900001").then().statusCode(200).body("nameAr", equalTo("جمعية الاختبار الخاصة"));
        given().get(PATH + "/" + other).then().statusCode(404);
        given().post(PATH + "/900001/deactivate").then().statusCode(403);
    }

    long insertDirectly(String directorate, String name) {
        db.update(
                "INSERT INTO association (directorate_code, name_ar, created_at, updated_at) VALUES (?, ?, NOW(), NOW())",
                directorate,
                name);
        return Long.parseLong(db.string("SELECT id FROM association WHERE name_ar = ?", name));
    }
}
