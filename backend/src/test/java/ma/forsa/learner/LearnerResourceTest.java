package ma.forsa.learner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import ma.forsa.testing.Db;
import ma.forsa.testing.Fixtures;
import ma.forsa.testing.Names;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
@OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
class LearnerResourceTest {

    static final String PATH = "/api/v1/learners";

    @Inject
    Db db;

    @Inject
    Fixtures fixtures;

    static String massar() {
        return "G" + (100_000_000 + ThreadLocalRandom.current().nextInt(899_999_999));
    }

    static Map<String, Object> learner(String firstAr, String lastAr, String birth) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstNameAr", firstAr);
        body.put("lastNameAr", lastAr);
        body.put("firstNameLatin", "Fatima Zahra");
        body.put("lastNameLatin", Names.unique("El Alaoui"));
        body.put("birthDate", birth);
        body.put("sex", "F");
        body.put("guardianName", "عائشة العلوي");
        body.put("guardianRelation", "MOTHER");
        body.put("guardianPhone", "+212 661 00 00 00");
        body.put("communeCode", "LAA-ELMARSA");
        body.put("lastGradeCompleted", "P5");
        body.put("yearLeftSchool", 2022);
        body.put("dropoutReason", "ECONOMIC");
        body.put("dropoutReasonDetail", "تعمل مع والدتها في السوق");
        body.put("consentGivenBy", "عائشة العلوي");
        body.put("consentRelation", "MOTHER");
        body.put("consentGivenOn", "2025-09-20");
        body.put("consentPurposes", List.of("EDUCATIONAL_FOLLOW_UP", "STATISTICS"));
        return body;
    }

    @Test
    void registerReadAndCorrectALearnerInArabic() {
        String last = Names.unique("العلوي");
        Map<String, Object> body = learner("فاطمة الزهراء", last, "2010-05-14");
        body.put("massarCode", massar());
        long id = given().contentType(ContentType.JSON)
                .body(body)
                .post(PATH)
                .then()
                .statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .body("nationality", equalTo("MA"))
                .body("consentPurposes", hasItem("STATISTICS"))
                .extract()
                .jsonPath()
                .getLong("id");
        String read = given().get(PATH + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("lastNameAr");
        assertArrayEquals(last.getBytes(StandardCharsets.UTF_8), read.getBytes(StandardCharsets.UTF_8));
        // found by a spelling variant of the name, by any of its words, in any order, by their start
        given().queryParam("q", "فاطمه الزهراء " + last.replace("ي", "ى"))
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id));
        given().queryParam("q", last + " فاطم").get(PATH).then().statusCode(200).body("items.id", hasItem((int) id));
        given().queryParam("q", "fatima " + body.get("lastNameLatin"))
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id));
        given().queryParam("q", "خديجة " + last)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        body.put("version", 0);
        body.put("address", "حي الوحدة، زنقة 5");
        given().contentType(ContentType.JSON)
                .body(body)
                .put(PATH + "/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(1));
        given().contentType(ContentType.JSON)
                .body(body)
                .put(PATH + "/" + id)
                .then()
                .statusCode(409);
    }

    @Test
    void theSameMassarCodeIsADuplicate() {
        String code = massar();
        Map<String, Object> body = learner("يوسف", Names.unique("بنعلي"), "2009-03-02");
        body.put("massarCode", code);
        long id = given().contentType(ContentType.JSON)
                .body(body)
                .post(PATH)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long before = db.count("learner");
        Map<String, Object> other = learner("حمزة", Names.unique("الإدريسي"), "2011-01-01");
        other.put("massarCode", code.toLowerCase());
        given().contentType(ContentType.JSON)
                .body(other)
                .queryParam("confirmDistinct", true)
                .post(PATH)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/duplicate"))
                .body("existingId", equalTo((int) id))
                .body("errors.field", hasItem("massarCode"));
        assertEquals(before, db.count("learner"));
    }

    @Test
    void arabicSpellingVariantsOfTheSameNameAndBirthDateAreADuplicate() {
        String suffix = Names.unique("").strip();
        long id = given().contentType(ContentType.JSON)
                .body(learner("فاطمة", "الإدريسي " + suffix, "2012-02-29"))
                .post(PATH)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long before = db.count("learner");
        for (String[] variant :
                new String[][] {{"فاطمه", "الادريسي " + suffix}, {"فَاطِمَة", "الإدريســي " + suffix}}) {
            Map<String, Object> body = learner(variant[0], variant[1], "2012-02-29");
            body.put("firstNameLatin", "Fatma");
            given().contentType(ContentType.JSON)
                    .body(body)
                    .post(PATH)
                    .then()
                    .statusCode(409)
                    .body("existingId", equalTo((int) id));
        }
        assertEquals(before, db.count("learner"));
        // another person with the same name and birth date, confirmed by the caller
        given().contentType(ContentType.JSON)
                .body(learner("فاطمه", "الادريسي " + suffix, "2012-02-29"))
                .queryParam("confirmDistinct", true)
                .post(PATH)
                .then()
                .statusCode(201);
        // same name, another birth date: not a duplicate
        given().contentType(ContentType.JSON)
                .body(learner("فاطمة", "الإدريسي " + suffix, "2012-03-01"))
                .post(PATH)
                .then()
                .statusCode(201);
    }

    @Test
    void theFollowingAssociationIsNamedOnceThenChangesOnlyByATransfer() {
        long first = fixtures.association("LAA", Names.unique("جمعية"));
        long second = fixtures.association("LAA", Names.unique("جمعية"));
        Map<String, Object> body = learner("مريم", Names.unique("البقالي"), "2012-04-04");
        long id = given().contentType(ContentType.JSON)
                .body(body)
                .post(PATH)
                .then()
                .statusCode(201)
                .body("associationId", equalTo(null))
                .extract()
                .jsonPath()
                .getLong("id");
        body.put("version", 0);
        body.put("associationId", first);
        given().contentType(ContentType.JSON)
                .body(body)
                .put(PATH + "/" + id)
                .then()
                .statusCode(200)
                .body("associationId", equalTo((int) first));
        long checksum = db.checksum("learner");
        body.put("version", 1);
        body.put("associationId", second);
        given().contentType(ContentType.JSON)
                .body(body)
                .put(PATH + "/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("associationId"));
        assertEquals(checksum, db.checksum("learner"));
        body.put("associationId", first);
        given().contentType(ContentType.JSON)
                .body(body)
                .put(PATH + "/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingIsSaved() {
        long before = db.count("learner");
        refuse(with(learner("أمين", "ب", "2010-01-01"), "massarCode", "12345"), "massarCode");
        refuse(with(learner("أمين", "ب", "2010-01-01"), "birthDate", "2099-01-01"), "birthDate");
        refuse(with(learner("أمين", "ب", "2010-01-01"), "sex", "X"), "sex");
        refuse(with(learner("أمين", "ب", "2010-01-01"), "nationality", "Morocco"), "nationality");
        refuse(with(learner("أمين", "ب", "2010-01-01"), "communeCode", "TAR-TARFAYA"), "communeCode");
        refuse(with(learner("أمين", "ب", "2010-01-01"), "dropoutReason", "BORED"), "dropoutReason");
        refuse(with(learner("أمين", "ب", "2010-01-01"), "consentGivenBy", null), "consentGivenBy");
        refuse(with(learner("أمين", "ب", "2010-01-01"), "yearLeftSchool", 2005), "yearLeftSchool");
        refuse(with(learner("", "ب", "2010-01-01"), "guardianPhone", "call me"), "firstNameAr");
        assertEquals(before, db.count("learner"));
    }

    @Test
    @TestSecurity(user = "assoc.learners", roles = "association-staff")
    @OidcSecurity(
            claims = {@Claim(key = "directorate", value = "LAA"), @Claim(key = "association_id", value = "900301")})
    void associationStaffSeeTheirLearnersOnlyAndLearnNothingOfOthers() {
        fixtures.associationWithId(900301, "LAA");
        long other = fixtures.association("LAA", Names.unique("جمعية"));
        String last = Names.unique("الأمين");
        Map<String, Object> mine = learner("سارة", last, "2011-06-01");
        long id = given().contentType(ContentType.JSON)
                .body(mine)
                .post(PATH)
                .then()
                .statusCode(201)
                .body("associationId", equalTo(900301))
                .extract()
                .jsonPath()
                .getLong("id");
        long foreign = insertLearner(other, "خديجة", Names.unique("الغريب"), "2010-01-01");
        given().get(PATH + "/" + id).then().statusCode(200);
        given().get(PATH + "/" + foreign).then().statusCode(404);
        given().queryParam("size", 100).get(PATH).then().statusCode(200).body("items.id", not(hasItem((int) foreign)));
        // a duplicate of a learner they cannot see: 409 without the id
        String name = db.string("SELECT last_name_ar FROM learner WHERE id = ?", foreign);
        given().contentType(ContentType.JSON)
                .body(learner("خديجة", name, "2010-01-01"))
                .post(PATH)
                .then()
                .statusCode(409)
                .body("existingId", org.hamcrest.Matchers.nullValue())
                .body("detail", not(containsString(String.valueOf(foreign))));
    }

    @Test
    @TestSecurity(user = "staff.boujdour", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "BOJ"))
    void anotherDirectoratesLearnerIsNotFound() {
        long foreign = insertLearner(null, "ياسين", Names.unique("العيوني"), "2009-09-09");
        given().get(PATH + "/" + foreign).then().statusCode(404);
        Map<String, Object> body = learner("ياسين", "x", "2009-09-09");
        body.put("communeCode", "BOJ-BOUJDOUR");
        body.put("version", 0);
        given().contentType(ContentType.JSON)
                .body(body)
                .put(PATH + "/" + foreign)
                .then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "analyst.academy", roles = "academy-analyst")
    void theAcademySeesNoPersonalData() {
        given().get(PATH).then().statusCode(403);
        given().get(PATH + "/1").then().statusCode(403);
    }

    long insertLearner(Long association, String first, String last, String birth) {
        db.update(
                "INSERT INTO learner (directorate_code, association_id, first_name_ar, last_name_ar, name_key, birth_date,"
                        + " sex, nationality, created_at, updated_at) VALUES ('LAA', ?, ?, ?, ?, ?, 'F', 'MA', NOW(6), NOW(6))",
                association,
                first,
                last,
                NameKey.of(first, last),
                birth);
        return Long.parseLong(db.string("SELECT id FROM learner WHERE last_name_ar = ?", last));
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

    @Test
    void theListSaysWhereEachLearnerIsNowAndFiltersByAssociation() {
        long association = fixtures.association("LAA", Names.unique("جمعية"));
        long other = fixtures.association("LAA", Names.unique("جمعية"));
        String wahda = Names.unique("مركز حي الوحدة");
        long e2c = fixtures.centre("LAA", association, "E2C_NG", "LAA-LAAYOUNE", wahda, 10);
        long basic = fixtures.centre("LAA", association, "NFE_BASIC", "LAA-ELMARSA", Names.unique("قسم المرسى"), 10);
        long older = fixtures.learner("LAA", association, "2009-05-05");
        long younger = fixtures.learner("LAA", association, "2013-05-05");
        long unplaced = fixtures.learner("LAA", association, "2012-05-05");
        long elsewhere = fixtures.learner("LAA", other, "2012-05-05");
        for (long[] placement : new long[][] {{older, e2c}, {younger, basic}}) {
            given().contentType(ContentType.JSON)
                    .body(Map.of(
                            "learnerId",
                            placement[0],
                            "centreId",
                            placement[1],
                            "schoolYear",
                            "2025/2026",
                            "enrolledOn",
                            "2025-10-06"))
                    .post("/api/v1/placements")
                    .then()
                    .statusCode(201);
        }
        given().queryParam("associationId", association)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.id", org.hamcrest.Matchers.containsInAnyOrder((int) older, (int) younger, (int) unplaced))
                .body("items.find { it.id == " + older + " }.currentPlacement.centreNameAr", equalTo(wahda))
                .body("items.find { it.id == " + older + " }.currentPlacement.programme", equalTo("E2C_NG"))
                .body("items.find { it.id == " + older + " }.currentPlacement.status", equalTo("ENROLLED"))
                .body("items.find { it.id == " + older + " }.currentPlacement.schoolYear", equalTo("2025/2026"))
                .body("items.find { it.id == " + younger + " }.currentPlacement.centreId", equalTo((int) basic))
                .body("items.find { it.id == " + younger + " }.currentPlacement.programme", equalTo("NFE_BASIC"))
                .body("items.find { it.id == " + unplaced + " }.currentPlacement", org.hamcrest.Matchers.nullValue());
        given().get(PATH + "/" + older).then().statusCode(200).body("currentPlacement.centreId", equalTo((int) e2c));
        given().queryParam("associationId", other)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains((int) elsewhere));
    }
}
