package ma.forsa.agreement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.forsa.testing.Db;
import ma.forsa.testing.Fixtures;
import ma.forsa.testing.Names;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
@OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
class AgreementLifecycleTest {

    static final String PATH = "/api/v1/agreements";
    static final byte[] PDF =
            "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    Db db;

    @Inject
    Fixtures fixtures;

    static Map<String, Object> terms(long association) {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", Names.unique("DP-LAA/2025/E2C").replace(" ", "-"));
        body.put("associationId", association);
        body.put("schoolYears", List.of("2025/2026"));
        body.put(
                "programmes",
                List.of(
                        Map.of("programme", "E2C_NG", "targetBeneficiaries", 100),
                        Map.of("programme", "NFE_BASIC", "targetBeneficiaries", 60)));
        body.put("signedOn", "2025-09-16");
        body.put("startsOn", "2025-09-16");
        body.put("endsOn", "2026-07-31");
        body.put("budgetMad", new java.math.BigDecimal("150000.00"));
        body.put(
                "tranches",
                List.of(
                        Map.of("amountMad", new java.math.BigDecimal("90000.00"), "dueOn", "2025-10-15"),
                        Map.of("amountMad", new java.math.BigDecimal("60000.00"), "dueOn", "2026-02-15")));
        return body;
    }

    long draft(long association) {
        return given().contentType(ContentType.JSON)
                .body(terms(association))
                .post(PATH)
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("nextStatuses", contains("SIGNED"))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    long version(long id) {
        return given().get(PATH + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("version");
    }

    ValidatableResponse move(long id, String to, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().contentType(ContentType.JSON)
                .body(body)
                .post(PATH + "/" + id + "/transitions")
                .then();
    }

    void upload(long id, byte[] bytes) {
        given().contentType("application/pdf")
                .queryParam("fileName", "اتفاقية.pdf")
                .body(bytes)
                .put(PATH + "/" + id + "/document")
                .then()
                .statusCode(200)
                .body("document.sizeBytes", equalTo(bytes.length));
    }

    @Test
    void theWholeLifecycleWithItsRulesAndHistory() {
        long association = fixtures.association("LAA", Names.unique("جمعية"));
        long centre = fixtures.centre("LAA", association, "E2C_NG", "LAA-LAAYOUNE", Names.unique("مركز حي الوحدة"), 60);
        long id = draft(association);

        move(id, "ACTIVE", null).statusCode(409).body("detail", containsString("Draft"));
        move(id, "SIGNED", null).statusCode(409).body("detail", containsString("signed PDF"));
        upload(id, PDF);
        move(id, "SIGNED", "signed at the directorate on 16 September 2025")
                .statusCode(200)
                .body("status", equalTo("SIGNED"));
        move(id, "ACTIVE", null).statusCode(409).body("detail", containsString("centre"));
        given().contentType(ContentType.JSON)
                .body(Map.of("centreIds", List.of(centre), "version", version(id)))
                .put(PATH + "/" + id + "/centres")
                .then()
                .statusCode(200)
                .body("centreIds", contains((int) centre));
        move(id, "ACTIVE", null).statusCode(200).body("status", equalTo("ACTIVE"));
        given().contentType(ContentType.JSON)
                .body(Map.of("centreIds", List.of(), "version", version(id)))
                .put(PATH + "/" + id + "/centres")
                .then()
                .statusCode(409);
        move(id, "SUSPENDED", null).statusCode(400).body("errors.field", hasItem("reason"));
        move(id, "SUSPENDED", "تأخر في التقارير").statusCode(200);
        move(id, "ACTIVE", "reports received").statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("paidOn", "2025-10-20", "version", version(id)))
                .put(PATH + "/" + id + "/tranches/1/payment")
                .then()
                .statusCode(200)
                .body("tranches[0].paidOn", equalTo("2025-10-20"))
                .body("paidMad", equalTo(90000.00f));
        move(id, "CLOSED", "end of the school year").statusCode(200).body("nextStatuses.size()", equalTo(0));

        // a closed agreement changes no more
        long checksum = db.checksum("agreement");
        move(id, "ACTIVE", "again").statusCode(409).body("detail", containsString("closed"));
        given().contentType(ContentType.JSON)
                .body(Map.of("centreIds", List.of(centre), "version", version(id)))
                .put(PATH + "/" + id + "/centres")
                .then()
                .statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("paidOn", "2026-03-01", "version", version(id)))
                .put(PATH + "/" + id + "/tranches/2/payment")
                .then()
                .statusCode(409);
        Map<String, Object> edit = terms(association);
        edit.put("version", version(id));
        given().contentType(ContentType.JSON)
                .body(edit)
                .put(PATH + "/" + id)
                .then()
                .statusCode(409);
        given().contentType("application/pdf")
                .body(PDF)
                .put(PATH + "/" + id + "/document")
                .then()
                .statusCode(409);
        assertEquals(checksum, db.checksum("agreement"));

        given().get(PATH + "/" + id + "/history")
                .then()
                .statusCode(200)
                .body("items.toStatus", contains("DRAFT", "SIGNED", "ACTIVE", "SUSPENDED", "ACTIVE", "CLOSED"))
                .body("items[3].reason", equalTo("تأخر في التقارير"))
                .body("items[3].changedBy", equalTo("staff.laayoune"))
                .body("items[0].fromStatus", nullValue());
    }

    @Test
    void signingNeedsADateTranchesThatMatchTheBudgetAndAPdf() {
        long association = fixtures.association("LAA", Names.unique("جمعية"));
        Map<String, Object> body = terms(association);
        body.remove("signedOn");
        body.put(
                "tranches", List.of(Map.of("amountMad", new java.math.BigDecimal("100000.00"), "dueOn", "2025-10-15")));
        long id = given().contentType(ContentType.JSON)
                .body(body)
                .post(PATH)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        upload(id, PDF);
        move(id, "SIGNED", null)
                .statusCode(409)
                .body("detail", containsString("signing date"))
                .body("detail", containsString("budget"));
        move(id, "CLOSED", "x").statusCode(409);
        assertEquals(1, db.longValue("SELECT COUNT(*) FROM agreement_status_change WHERE agreement_id = " + id));
    }

    @Test
    void theDocumentIsCheckedByItsBytesAndDownloadsIntact() {
        long id = draft(fixtures.association("LAA", Names.unique("جمعية")));
        given().contentType("application/pdf")
                .body("<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8))
                .put(PATH + "/" + id + "/document")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        given().contentType("image/png")
                .body(PDF)
                .put(PATH + "/" + id + "/document")
                .then()
                .statusCode(415);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        given().contentType("application/pdf")
                .body(big)
                .put(PATH + "/" + id + "/document")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        assertEquals(0, db.longValue("SELECT COUNT(*) FROM agreement_document WHERE agreement_id = " + id));
        given().get(PATH + "/" + id + "/document").then().statusCode(404);

        upload(id, PDF);
        byte[] downloaded = given().get(PATH + "/" + id + "/document")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract()
                .asByteArray();
        assertArrayEquals(PDF, downloaded);
    }

    @Test
    void badTermsAreRefusedAndNothingIsSaved() {
        long association = fixtures.association("LAA", Names.unique("جمعية"));
        long boujdour = fixtures.association("BOJ", Names.unique("جمعية"));
        long before = db.count("agreement");
        refuse(with(terms(association), "associationId", boujdour), "associationId");
        refuse(with(terms(association), "endsOn", "2025-01-01"), "endsOn");
        refuse(with(terms(association), "schoolYears", List.of("1999/2000")), "schoolYears");
        refuse(with(terms(association), "schoolYears", List.of()), "schoolYears");
        refuse(with(terms(association), "budgetMad", new java.math.BigDecimal("100.00")), "tranches");
        refuse(with(terms(association), "budgetMad", new java.math.BigDecimal("-1")), "budgetMad");
        refuse(with(terms(association), "budgetMad", new java.math.BigDecimal("12.345")), "budgetMad");
        refuse(
                with(
                        terms(association),
                        "programmes",
                        List.of(
                                Map.of("programme", "E2C_NG", "targetBeneficiaries", 1),
                                Map.of("programme", "E2C_NG", "targetBeneficiaries", 2))),
                "programmes[1].programme");
        refuse(
                with(terms(association), "programmes", List.of(Map.of("programme", "CHESS", "targetBeneficiaries", 1))),
                "programmes[0].programme");
        refuse(with(terms(association), "startsOn", "2025-02-30"), "startsOn");
        Map<String, Object> duplicate = terms(association);
        given().contentType(ContentType.JSON).body(duplicate).post(PATH).then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(duplicate)
                .post(PATH)
                .then()
                .statusCode(409)
                .body("errors.field", hasItem("reference"));
        assertEquals(before + 1, db.count("agreement"));
    }

    @Test
    @TestSecurity(user = "assoc.agreements", roles = "association-staff")
    @OidcSecurity(
            claims = {@Claim(key = "directorate", value = "LAA"), @Claim(key = "association_id", value = "900201")})
    void associationStaffReadTheirOwnAgreementsOnly() {
        fixtures.associationWithId(900201, "LAA");
        long own = insertAgreement(900201);
        long other = insertAgreement(fixtures.association("LAA", Names.unique("جمعية")));
        given().queryParam("size", 100)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.associationId", org.hamcrest.Matchers.everyItem(equalTo(900201)));
        given().get(PATH + "/" + own).then().statusCode(200);
        given().get(PATH + "/" + other).then().statusCode(404);
        given().get(PATH + "/" + other + "/document").then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("to", "SIGNED"))
                .post(PATH + "/" + own + "/transitions")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "staff.tarfaya", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "TAR"))
    void anotherDirectoratesAgreementIsNotFound() {
        long other = insertAgreement(fixtures.association("LAA", Names.unique("جمعية")));
        given().get(PATH + "/" + other).then().statusCode(404);
        given().get(PATH + "/" + other + "/history").then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("to", "SIGNED"))
                .post(PATH + "/" + other + "/transitions")
                .then()
                .statusCode(404);
    }

    long insertAgreement(long association) {
        String reference = Names.unique("REF").replace(" ", "-");
        String directorate = db.string("SELECT directorate_code FROM association WHERE id = ?", association);
        db.update(
                "INSERT INTO agreement (directorate_code, association_id, reference, starts_on, ends_on, created_at, updated_at)"
                        + " VALUES (?, ?, ?, '2025-09-16', '2026-07-31', NOW(6), NOW(6))",
                directorate,
                association,
                reference);
        return Long.parseLong(db.string("SELECT id FROM agreement WHERE reference = ?", reference));
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
