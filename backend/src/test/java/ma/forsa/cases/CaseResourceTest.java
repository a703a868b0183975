package ma.forsa.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import ma.forsa.testing.Db;
import ma.forsa.testing.Fixtures;
import ma.forsa.testing.Names;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Identified children: counted once (Arabic spelling variants, estimated ages), followed step by step, referred
 * under the consent rule, enrolled through the registration and placement rules or not at all, and erased.
 */
@QuarkusTest
@TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
@OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
class CaseResourceTest {

    static final String[] TABLES = {"learner", "placement", "child_case", "child_case_status_change"};

    @Inject
    Db db;

    @Inject
    Fixtures fixtures;

    static Map<String, Object> child(String first, String last) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("firstNameAr", first);
        body.put("lastNameAr", last);
        body.put("sex", "F");
        body.put("birthDate", "2013-06-01");
        body.put("guardianName", "ولي " + last);
        body.put("guardianPhone", "+212 600 12 34 56");
        return body;
    }

    static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    long newCase(Map<String, Object> body) {
        return post("/api/v1/cases", body).statusCode(201).extract().jsonPath().getLong("id");
    }

    long version(long id) {
        return db.longValue("SELECT version FROM child_case WHERE id = " + id);
    }

    ValidatableResponse move(long id, Map<String, Object> body) {
        Map<String, Object> sent = new HashMap<>(body);
        sent.putIfAbsent("version", version(id));
        return post("/api/v1/cases/" + id + "/transitions", sent);
    }

    @Test
    void aChildIsRecordedWithFewFieldsAndTheirFirstStepIsKept() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("firstNameAr", "هند");
        body.put("lastNameAr", Names.unique("الراشدي"));
        body.put("sex", "F");
        body.put("estimatedAge", 11);
        var created = post("/api/v1/cases", body)
                .statusCode(201)
                .body("status", equalTo("IDENTIFIED"))
                .body("estimatedAge", equalTo(11))
                .body("birthDate", nullValue())
                .extract();
        long id = created.jsonPath().getLong("id");
        assertEquals(true, created.header("Location").endsWith("/api/v1/cases/" + id));
        given().get("/api/v1/cases/" + id + "/history")
                .then()
                .statusCode(200)
                .body("items.to", contains("IDENTIFIED"))
                .body("items[0].by", equalTo("staff.laayoune"));
        body.remove("estimatedAge");
        post("/api/v1/cases", body).statusCode(400).body("errors.field", contains("birthDate"));
    }

    @Test
    void theSameChildSpelledAnotherWayIsFoundAmongLearnersAndCases() {
        String family = Names.unique("الإدريسي");
        long learner = fixtures.learner("LAA", null, "2012-03-04");
        db.update(
                "UPDATE learner SET first_name_ar = 'فاطمة', last_name_ar = ?, name_key = ? WHERE id = ?",
                family,
                ma.forsa.learner.NameKey.of("فاطمة", family),
                learner);
        Map<String, Object> variant = child("فاطمه", family.replace("إ", "ا"));
        variant.put("birthDate", "2012-03-04");
        Map<String, Long> before = digests();
        post("/api/v1/cases", variant)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("matches.kind", contains("LEARNER"))
                .body("matches.id", contains((int) learner));
        assertEquals(before, digests());

        String other = Names.unique("الأنصاري");
        Map<String, Object> estimated = child("أحمد", other);
        estimated.remove("birthDate");
        estimated.put("estimatedAge", 10);
        long first = newCase(estimated);
        Map<String, Object> again = child("احمد", other.replace("أ", "ا"));
        again.remove("birthDate");
        again.put("estimatedAge", 11);
        post("/api/v1/cases", again).statusCode(409).body("matches.id", contains((int) first));
        again.put("estimatedAge", 14);
        long farApart = newCase(again);
        assertEquals(true, farApart > first);
        again.put("estimatedAge", 11);
        given().contentType(ContentType.JSON)
                .body(again)
                .queryParam("confirmDistinct", true)
                .post("/api/v1/cases")
                .then()
                .statusCode(201);
    }

    @Test
    void aMassarCodeIsNeverConfirmedAway() {
        Map<String, Object> body = child("سعاد", Names.unique("المرابط"));
        String massar = "K" + (100000000 + (int) (Math.random() * 899999999));
        body.put("massarCode", massar);
        newCase(body);
        Map<String, Object> other = child("نجاة", Names.unique("العمراني"));
        other.put("massarCode", massar);
        given().contentType(ContentType.JSON)
                .body(other)
                .queryParam("confirmDistinct", true)
                .post("/api/v1/cases")
                .then()
                .statusCode(409)
                .body("errors.field", contains("massarCode"));
    }

    static Stream<Arguments> moves() {
        return Stream.of(CaseStatus.values())
                .flatMap(from -> Stream.of(CaseStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("moves")
    void onlyTheFollowUpMovesAreAllowed(CaseStatus from, CaseStatus to) {
        long association = fixtures.association("LAA", Names.unique("جمعية"));
        Map<String, Object> recorded = child("منى", Names.unique("الوافي"));
        recorded.put("associationId", association);
        long id = newCase(recorded);
        db.update("UPDATE child_case SET status = ? WHERE id = ?", from.name(), id);
        boolean allowed = from.next().contains(to);
        Map<String, Object> body = new HashMap<>(Map.of("to", to.name(), "reason", "الأسرة"));
        if (to == CaseStatus.REFERRED) {
            body.put("referredAssociationId", association);
        }
        move(id, body).statusCode(allowed ? 200 : 409);
        assertEquals(allowed ? to.name() : from.name(), db.string("SELECT status FROM child_case WHERE id = ?", id));
        assertEquals(
                allowed ? 2 : 1, db.longValue("SELECT COUNT(*) FROM child_case_status_change WHERE case_id = " + id));
    }

    @Test
    void aMoveIsDatedWithItsReasonAndAStaleVersionLosesNothing() {
        long id = newCase(child("ليلى", Names.unique("الصقلي")));
        long read = version(id);
        move(id, Map.of("to", "DECLINED")).statusCode(400).body("errors.field", contains("reason"));
        move(id, Map.of("to", "CONTACTED", "on", "2025-01-01")).statusCode(400).body("errors.field", contains("on"));
        move(id, Map.of("to", "CONTACTED", "version", read)).statusCode(200).body("status", equalTo("CONTACTED"));
        move(id, Map.of("to", "UNREACHABLE", "reason", "الهاتف مغلق", "version", read))
                .statusCode(409)
                .body("errors.field", contains("version"));
        assertEquals("CONTACTED", db.string("SELECT status FROM child_case WHERE id = ?", id));
        post("/api/v1/cases/" + id + "/notes", Map.of("text", "اتصال مع الأم، موعد يوم الإثنين"))
                .statusCode(201);
        given().get("/api/v1/cases/" + id + "/notes")
                .then()
                .body("items.text", contains("اتصال مع الأم، موعد يوم الإثنين"))
                .body("items[0].writtenBy", equalTo("staff.laayoune"));
    }

    @Test
    void aReferralToAnotherAssociationNeedsTheGuardiansConsentOrAReason() {
        long recording = fixtures.association("LAA", Names.unique("جمعية راصدة"));
        long receiving = fixtures.association("LAA", Names.unique("جمعية مستقبلة"));
        Map<String, Object> body = child("خديجة", Names.unique("البقالي"));
        body.put("associationId", recording);
        long id = newCase(body);
        move(id, Map.of("to", "CONTACTED")).statusCode(200);
        move(id, Map.of("to", "REFERRED", "referredAssociationId", receiving))
                .statusCode(409)
                .body("type", endsWith("consent-required"))
                .body("errors.field", contains("consentOverrideReason"));
        assertEquals("CONTACTED", db.string("SELECT status FROM child_case WHERE id = ?", id));
        move(id, Map.of("to", "REFERRED", "referredAssociationId", receiving, "consentOverrideReason", "أقرب مركز"))
                .statusCode(200)
                .body("referredAssociationId", equalTo((int) receiving))
                .body("referralOverride", equalTo("أقرب مركز"));

        body = child("عائشة", Names.unique("البقالي"));
        body.put("associationId", recording);
        body.put("shareConsent", true);
        long consented = newCase(body);
        move(consented, Map.of("to", "CONTACTED")).statusCode(200);
        move(consented, Map.of("to", "REFERRED", "referredAssociationId", receiving))
                .statusCode(200)
                .body("referralOverride", nullValue());
    }

    long eligibleCentre(int capacity) {
        long association = fixtures.association("LAA", Names.unique("جمعية"));
        return fixtures.centre("LAA", association, "NFE_BASIC", "LAA-LAAYOUNE", Names.unique("مركز"), capacity);
    }

    static Map<String, Object> enrolment(long centre) {
        Map<String, Object> body = new HashMap<>();
        body.put("schoolYear", "2025/2026");
        body.put("centreId", centre);
        body.put("enrolledOn", "2025-10-06");
        return body;
    }

    @Test
    void enrollingACaseRegistersAndPlacesTheChildAndLinksTheCase() {
        long centre = eligibleCentre(30);
        String family = Names.unique("الحداوي");
        Map<String, Object> body = child("مريم", family);
        body.remove("birthDate");
        body.put("estimatedAge", 12);
        long id = newCase(body);
        post("/api/v1/cases/" + id + "/enrolment", enrolment(centre))
                .statusCode(400)
                .body("errors.field", contains("birthDate"));
        Map<String, Object> with = enrolment(centre);
        with.put("birthDate", "2013-02-10");
        var answer = post("/api/v1/cases/" + id + "/enrolment", with)
                .statusCode(201)
                .body("caseRecord.status", equalTo("ENROLLED"))
                .body("placementStatus", equalTo("ENROLLED"))
                .extract()
                .jsonPath();
        long learner = answer.getLong("learnerId");
        assertEquals(learner, answer.getLong("caseRecord.learnerId"));
        assertEquals(family, db.string("SELECT last_name_ar FROM learner WHERE id = ?", learner));
        assertEquals("2013-02-10", db.string("SELECT birth_date FROM learner WHERE id = ?", learner));
        given().get("/api/v1/learners?centreId=" + centre)
                .then()
                .statusCode(200)
                .body("items.id", contains((int) learner));
        post("/api/v1/cases/" + id + "/enrolment", with).statusCode(409);
    }

    @Test
    void aRefusedEnrolmentChangesNothing() {
        long full = eligibleCentre(1);
        post("/api/v1/cases/" + newCase(child("أسماء", Names.unique("الشرقاوي"))) + "/enrolment", enrolment(full))
                .statusCode(201);
        long second = newCase(child("زينب", Names.unique("الشرقاوي")));
        Map<String, Long> before = digests();
        post("/api/v1/cases/" + second + "/enrolment", enrolment(full))
                .statusCode(409)
                .body("type", endsWith("centre-full"));
        assertEquals(before, digests());

        Map<String, Object> old = child("سارة", Names.unique("الشرقاوي"));
        old.put("birthDate", "2005-01-01");
        long ineligible = newCase(old);
        before = digests();
        post("/api/v1/cases/" + ineligible + "/enrolment", enrolment(eligibleCentre(30)))
                .statusCode(422);
        assertEquals(before, digests());
        assertEquals("IDENTIFIED", db.string("SELECT status FROM child_case WHERE id = ?", ineligible));
    }

    @Test
    @TestSecurity(user = "admin.laayoune", roles = "directorate-admin")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void erasingALearnerErasesTheCaseThatFoundThem() {
        String family = Names.unique("المنصوري");
        long id = newCase(child("نور", family));
        post("/api/v1/cases/" + id + "/notes", Map.of("text", "تسكن قرب " + family))
                .statusCode(201);
        long learner = post("/api/v1/cases/" + id + "/enrolment", enrolment(eligibleCentre(30)))
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("learnerId");
        long placement = Long.parseLong(db.string("SELECT id FROM placement WHERE learner_id = ?", learner));
        post("/api/v1/placements/" + placement + "/end", Map.of("outcome", "COMPLETED", "endedOn", "2026-06-30"))
                .statusCode(200);
        post("/api/v1/learners/" + learner + "/anonymisation", Map.of("reason", "طلب الأسرة"))
                .statusCode(200);
        assertEquals(0, db.longValue("SELECT COUNT(*) FROM child_case WHERE last_name_ar = '" + family + "'"));
        assertEquals(0, db.longValue("SELECT COUNT(*) FROM child_case_note WHERE text LIKE '%" + family + "%'"));
        given().get("/api/v1/cases/" + id)
                .then()
                .statusCode(200)
                .body("lastNameAr", equalTo("—"))
                .body("guardianPhone", nullValue())
                .body("sex", equalTo("F"))
                .body("status", equalTo("ENROLLED"));
    }

    @Test
    @TestSecurity(user = "admin.laayoune", roles = "directorate-admin")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void anAdminErasesACaseOnRequest() {
        String family = Names.unique("العلمي");
        long id = newCase(child("رقية", family));
        post("/api/v1/cases/" + id + "/anonymisation", Map.of("reason", "طلب الأب"))
                .statusCode(200)
                .body("lastNameAr", equalTo("—"))
                .body("birthDate", nullValue());
        move(id, Map.of("to", "CONTACTED")).statusCode(409);
        assertEquals("2013-07-01", db.string("SELECT approx_birth_date FROM child_case WHERE id = ?", id));
    }

    @Test
    @TestSecurity(user = "assoc.b", roles = "association-staff")
    @OidcSecurity(claims = {@Claim(key = "directorate", value = "LAA"), @Claim(key = "association_id", value = "-9")})
    void anotherAssociationSeesACaseOnlyOnceReferredToIt() {
        fixtures.associationWithId(-9, "LAA");
        String family = Names.unique("الكتاني");
        db.update(
                "INSERT INTO child_case (directorate_code, first_name_ar, last_name_ar, name_key, sex, birth_date,"
                        + " approx_birth_date, status, status_changed_on, found_on, recorded_by, created_at, updated_at)"
                        + " VALUES ('LAA', 'هبة', ?, ?, 'F', '2013-01-01', '2013-01-01', 'CONTACTED', '2025-10-01',"
                        + " '2025-10-01', 'x', NOW(6), NOW(6))",
                family,
                ma.forsa.learner.NameKey.of("هبة", family));
        long id = Long.parseLong(db.string("SELECT id FROM child_case WHERE last_name_ar = ?", family));
        given().get("/api/v1/cases/" + id).then().statusCode(404);
        given().get("/api/v1/cases?q=" + family).then().body("items.id", not(hasItem((int) id)));
        long referred =
                given().get("/api/v1/cases/counts").then().extract().jsonPath().getLong("byStatus.REFERRED");
        db.update("UPDATE child_case SET status = 'REFERRED', referred_association_id = -9 WHERE id = ?", id);
        given().get("/api/v1/cases/" + id).then().statusCode(200);
        given().get("/api/v1/cases/counts")
                .then()
                .statusCode(200)
                .body("byStatus.REFERRED", equalTo((int) referred + 1));
    }

    private Map<String, Long> digests() {
        Map<String, Long> digests = new HashMap<>();
        for (String table : TABLES) {
            digests.put(table, db.checksum(table));
        }
        return digests;
    }
}
