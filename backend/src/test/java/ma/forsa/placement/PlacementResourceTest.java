package ma.forsa.placement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.forsa.statistics.BeneficiaryCounts;
import ma.forsa.testing.Db;
import ma.forsa.testing.Fixtures;
import ma.forsa.testing.Names;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
@OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
class PlacementResourceTest {

    static final String PATH = "/api/v1/placements";
    /** Days of the school year 2025/2026 (2025-09-01 to 2026-07-31). */
    static final String ENROLLED_ON = "2025-10-06";

    static final String TRANSFERRED_ON = "2026-01-12";

    @Inject
    Db db;

    @Inject
    Fixtures fixtures;

    @Inject
    BeneficiaryCounts beneficiaries;

    static ValidatableResponse place(long learner, long centre, boolean waitlist) {
        Map<String, Object> body = new HashMap<>();
        body.put("learnerId", learner);
        body.put("centreId", centre);
        body.put("schoolYear", "2025/2026");
        body.put("enrolledOn", ENROLLED_ON);
        body.put("waitlistIfFull", waitlist);
        return given().contentType(ContentType.JSON).body(body).post(PATH).then();
    }

    static long id(ValidatableResponse response) {
        return response.extract().jsonPath().getLong("id");
    }

    @Test
    void aFifteenYearOldMayJoinEitherProgramme() {
        long association = fixtures.association("LAA", Names.unique("جمعية"));
        long e2c = fixtures.centre("LAA", association, "E2C_NG", "LAA-LAAYOUNE", Names.unique("مركز حي الوحدة"), 40);
        long basic = fixtures.centre("LAA", association, "NFE_BASIC", "LAA-LAAYOUNE", Names.unique("قسم"), 40);
        long first = fixtures.learner("LAA", association, "2010-12-31");
        long second = fixtures.learner("LAA", association, "2010-06-01");
        place(first, e2c, false)
                .statusCode(201)
                .body("status", equalTo("ENROLLED"))
                .body("ageAtReference", equalTo(15))
                .body("classNumber", equalTo(1))
                .body("programme", equalTo("E2C_NG"));
        place(second, basic, false).statusCode(201).body("programme", equalTo("NFE_BASIC"));
        given().queryParam("centreId", e2c).get(PATH).then().statusCode(200).body("items.learnerId", contains((int)
                first));
        given().queryParam("centreId", e2c)
                .queryParam("schoolYear", "2025/2026")
                .get("/api/v1/learners")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) first));
    }

    @Test
    void outsideTheBandIs422WithTheAgeTheReferenceDateAndTheBands() {
        long association = fixtures.association("LAA", Names.unique("جمعية"));
        long e2c = fixtures.centre("LAA", association, "E2C_NG", "LAA-LAAYOUNE", Names.unique("مركز"), 40);
        long basic = fixtures.centre("LAA", association, "NFE_BASIC", "LAA-LAAYOUNE", Names.unique("قسم"), 40);
        long nineteen = fixtures.learner("LAA", association, "2006-12-31");
        long fourteen = fixtures.learner("LAA", association, "2011-01-01");
        long seven = fixtures.learner("LAA", association, "2018-12-31");
        long before = db.count("placement");
        place(nineteen, e2c, false)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("age", equalTo(19))
                .body("referenceDate", equalTo("2025-12-31"))
                .body("bands.E2C_NG.minAge", equalTo(15))
                .body("bands.E2C_NG.maxAge", equalTo(18))
                .body("bands.NFE_BASIC.maxAge", equalTo(15))
                .body("type", endsWith("/unprocessable"))
                .body("detail", containsString("19"));
        place(fourteen, e2c, false)
                .statusCode(422)
                .body("age", equalTo(14))
                .body("eligibleProgrammes", contains("NFE_BASIC"));
        place(seven, basic, false).statusCode(422).body("age", equalTo(7));
        assertEquals(before, db.count("placement"));
    }

    @Test
    void aFullCentreRefusesAndItsWaitingListMovesInOrder() {
        long association = fixtures.association("LAA", Names.unique("جمعية"));
        long centre = fixtures.centre("LAA", association, "E2C_NG", "LAA-ELMARSA", Names.unique("مركز المرسى"), 2);
        long a = fixtures.learner("LAA", association, "2009-01-01");
        long b = fixtures.learner("LAA", association, "2009-02-01");
        long c = fixtures.learner("LAA", association, "2009-03-01");
        long d = fixtures.learner("LAA", association, "2009-04-01");
        long first = id(place(a, centre, false).statusCode(201));
        place(b, centre, false).statusCode(201);
        long before = db.count("placement");
        place(c, centre, false).statusCode(409).body("capacity", equalTo(2)).body("type", endsWith("/centre-full"));
        assertEquals(before, db.count("placement"));
        long waitingC = id(place(c, centre, true)
                .statusCode(201)
                .body("status", equalTo("WAITING"))
                .body("waitingPosition", equalTo(1)));
        long waitingD = id(place(d, centre, true).statusCode(201).body("waitingPosition", equalTo(2)));
        given().queryParam("centreId", centre)
                .queryParam("status", "WAITING")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", contains((int) waitingC, (int) waitingD));
        place(c, centre, true).statusCode(409).body("detail", containsString("already on a waiting list"));

        given().contentType(ContentType.JSON)
                .body(Map.of("outcome", "REINTEGRATED_FORMAL_SCHOOL"))
                .post(PATH + "/" + first + "/end")
                .then()
                .statusCode(200)
                .body("status", equalTo("ENDED"))
                .body("outcome", equalTo("REINTEGRATED_FORMAL_SCHOOL"));
        given().get(PATH + "/" + waitingC)
                .then()
                .statusCode(200)
                .body("status", equalTo("ENROLLED"))
                .body("classNumber", equalTo(1));
        given().get(PATH + "/" + waitingD)
                .then()
                .statusCode(200)
                .body("status", equalTo("WAITING"))
                .body("waitingPosition", equalTo(1));
        given().contentType(ContentType.JSON)
                .body(Map.of("outcome", "WITHDRAWN"))
                .post(PATH + "/" + waitingD + "/end")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("WITHDRAWN"));
        given().contentType(ContentType.JSON)
                .body(Map.of("outcome", "COMPLETED"))
                .post(PATH + "/" + first + "/end")
                .then()
                .statusCode(409);
    }

    @Test
    void classesAreFilledUpToTheirCap() {
        long association = fixtures.association("LAA", Names.unique("جمعية"));
        long centre =
                fixtures.centre("LAA", association, "NFE_BASIC", "LAA-DCHEIRA", Names.unique("قسم الدشيرة"), 5, 2);
        List<Integer> classes = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long learner = fixtures.learner("LAA", association, "2014-0" + (i + 1) + "-10");
            classes.add(place(learner, centre, false)
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getInt("classNumber"));
        }
        assertEquals(List.of(1, 1, 2, 2, 3), classes);
        place(fixtures.learner("LAA", association, "2014-07-01"), centre, false).statusCode(409);
    }

    @Test
    void aTransferKeepsTheHistoryAndFreesTheSeat() {
        long association = fixtures.association("LAA", Names.unique("جمعية"));
        long from = fixtures.centre("LAA", association, "E2C_NG", "LAA-LAAYOUNE", Names.unique("مركز"), 1);
        long to = fixtures.centre("LAA", association, "E2C_NG", "LAA-ELMARSA", Names.unique("مركز"), 10);
        long learner = fixtures.learner("LAA", association, "2008-05-05");
        long waiting = fixtures.learner("LAA", association, "2008-06-06");
        long placement = id(place(learner, from, false).statusCode(201));
        long queued = id(place(waiting, from, true).statusCode(201).body("status", equalTo("WAITING")));
        long moved = given().contentType(ContentType.JSON)
                .body(Map.of("centreId", to, "transferredOn", TRANSFERRED_ON))
                .post(PATH + "/" + placement + "/transfer")
                .then()
                .statusCode(200)
                .body("centreId", equalTo((int) to))
                .body("status", equalTo("ENROLLED"))
                .body("transferredFromId", equalTo((int) placement))
                .extract()
                .jsonPath()
                .getLong("id");
        given().get(PATH + "/" + placement)
                .then()
                .body("status", equalTo("ENDED"))
                .body("outcome", equalTo("TRANSFERRED"))
                .body("transferredToId", equalTo((int) moved));
        given().get(PATH + "/" + queued).then().body("status", equalTo("ENROLLED"));
        given().queryParam("learnerId", learner)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2));
        // the statistic counts the learner once in the year, at each centre in its group
        beneficiaries.assertExact(
                db.longValue("SELECT school_year_id FROM placement WHERE id = " + moved), List.of("LAA"));
    }

    @Test
    void programmeMustMatchTheCentreAndTheLearnerMustBeVisible() {
        long association = fixtures.association("LAA", Names.unique("جمعية"));
        long centre = fixtures.centre("LAA", association, "E2C_NG", "LAA-LAAYOUNE", Names.unique("مركز"), 10);
        long learner = fixtures.learner("LAA", association, "2010-03-03");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "learnerId",
                        learner,
                        "centreId",
                        centre,
                        "schoolYear",
                        "2025/2026",
                        "enrolledOn",
                        ENROLLED_ON,
                        "programme",
                        "NFE_BASIC"))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("programme"));
        long otherDirectorate = fixtures.learner("SMA", null, "2010-03-03");
        place(otherDirectorate, centre, false).statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "learnerId", learner, "centreId", centre, "schoolYear", "1990/1991", "enrolledOn", ENROLLED_ON))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("schoolYear"));
    }

    @Test
    @TestSecurity(user = "assoc.placements", roles = "association-staff")
    @OidcSecurity(
            claims = {@Claim(key = "directorate", value = "LAA"), @Claim(key = "association_id", value = "900401")})
    void associationStaffPlaceOnlyInTheirOwnCentres() {
        fixtures.associationWithId(900401, "LAA");
        long other = fixtures.association("LAA", Names.unique("جمعية"));
        long own = fixtures.centre("LAA", 900401, "E2C_NG", "LAA-LAAYOUNE", Names.unique("مركز"), 10);
        long foreign = fixtures.centre("LAA", other, "E2C_NG", "LAA-LAAYOUNE", Names.unique("مركز"), 10);
        long learner = fixtures.learner("LAA", 900401L, "2009-09-09");
        place(learner, foreign, false).statusCode(400).body("errors.field", hasItem("centreId"));
        long placement = id(place(learner, own, false).statusCode(201));
        given().contentType(ContentType.JSON)
                .body(Map.of("centreId", foreign, "transferredOn", TRANSFERRED_ON))
                .post(PATH + "/" + placement + "/transfer")
                .then()
                .statusCode(400);
        long foreignLearner = fixtures.learner("LAA", other, "2009-09-09");
        place(foreignLearner, own, false).statusCode(404);
    }

    @Test
    void sharingWithAnotherAssociationNeedsConsentOrAnOverride() {
        long recorder = fixtures.association("LAA", Names.unique("جمعية"));
        long other = fixtures.association("LAA", Names.unique("جمعية"));
        long own = fixtures.centre("LAA", recorder, "E2C_NG", "LAA-LAAYOUNE", Names.unique("مركز"), 10);
        long elsewhere = fixtures.centre("LAA", other, "E2C_NG", "LAA-ELMARSA", Names.unique("مركز"), 10);
        long learner = fixtures.learner("LAA", recorder, "2009-04-04");
        long before = db.count("placement");
        place(learner, elsewhere, false)
                .statusCode(409)
                .body("type", endsWith("/consent-required"))
                .body("errors.field", hasItem("consentOverrideReason"));
        assertEquals(before, db.count("placement"));
        long placement = id(place(learner, own, false).statusCode(201));
        given().contentType(ContentType.JSON)
                .body(Map.of("centreId", elsewhere, "transferredOn", TRANSFERRED_ON))
                .post(PATH + "/" + placement + "/transfer")
                .then()
                .statusCode(409)
                .body("type", endsWith("/consent-required"));
        given().get(PATH + "/" + placement).then().body("status", equalTo("ENROLLED"));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "centreId",
                        elsewhere,
                        "transferredOn",
                        TRANSFERRED_ON,
                        "consentOverrideReason",
                        "الأسرة انتقلت إلى المرسى؛ موافقة شفوية في انتظار التوقيع"))
                .post(PATH + "/" + placement + "/transfer")
                .then()
                .statusCode(200)
                .body("consentOverrideReason", equalTo("الأسرة انتقلت إلى المرسى؛ موافقة شفوية في انتظار التوقيع"));
        assertEquals(
                "staff.laayoune",
                db.string(
                        "SELECT consent_override_by FROM placement WHERE learner_id = ? AND status = 'ENROLLED'",
                        learner));

        long consenting = fixtures.learner("LAA", recorder, "2009-05-05");
        db.update(
                "INSERT INTO learner_consent_purpose (learner_id, purpose) VALUES (?, 'SHARING_WITH_PARTNERS')",
                consenting);
        place(consenting, elsewhere, false)
                .statusCode(201)
                .body("consentOverrideReason", org.hamcrest.Matchers.nullValue());
    }

    static ValidatableResponse placeOn(long learner, long centre, Object enrolledOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("learnerId", learner);
        body.put("centreId", centre);
        body.put("schoolYear", "2025/2026");
        if (enrolledOn != null) {
            body.put("enrolledOn", enrolledOn);
        }
        return given().contentType(ContentType.JSON).body(body).post(PATH).then();
    }

    @Test
    void theEnrolmentDateFallsWithinTheSchoolYear() {
        long association = fixtures.association("LAA", Names.unique("جمعية"));
        long centre = fixtures.centre("LAA", association, "NFE_BASIC", "LAA-LAAYOUNE", Names.unique("قسم"), 40);
        long digest = db.checksum("placement");
        for (String outside : List.of("2025-08-31", "2026-08-01")) {
            placeOn(fixtures.learner("LAA", association, "2013-02-02"), centre, outside)
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("enrolledOn"))
                    .body("errors[0].message", containsString("2025-09-01 to 2026-07-31"));
        }
        placeOn(fixtures.learner("LAA", association, "2013-02-02"), centre, null)
                .statusCode(400)
                .body("errors.field", contains("enrolledOn"));
        assertEquals(digest, db.checksum("placement"), "a refused date saves nothing");
        placeOn(fixtures.learner("LAA", association, "2013-02-02"), centre, "2025-09-01")
                .statusCode(201)
                .body("enrolledOn", equalTo("2025-09-01"));
        long last = id(placeOn(fixtures.learner("LAA", association, "2013-02-02"), centre, "2026-07-31")
                .statusCode(201)
                .body("enrolledOn", equalTo("2026-07-31")));

        long other = fixtures.centre("LAA", association, "NFE_BASIC", "LAA-ELMARSA", Names.unique("قسم"), 40);
        digest = db.checksum("placement");
        for (String outside : List.of("2026-08-01", "2026-07-30")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("centreId", other, "transferredOn", outside))
                    .post(PATH + "/" + last + "/transfer")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("transferredOn"));
        }
        assertEquals(digest, db.checksum("placement"), "a refused transfer date saves nothing");
        given().contentType(ContentType.JSON)
                .body(Map.of("centreId", other, "transferredOn", "2026-07-31"))
                .post(PATH + "/" + last + "/transfer")
                .then()
                .statusCode(200)
                .body("enrolledOn", equalTo("2026-07-31"));
    }

    @Test
    void aLearnerTakingAFreedPlaceIsEnrolledOnTheDayItWasFreedWithinTheYear() {
        long association = fixtures.association("LAA", Names.unique("جمعية"));
        long centre = fixtures.centre("LAA", association, "NFE_BASIC", "LAA-LAAYOUNE", Names.unique("قسم"), 1);
        long first = id(place(fixtures.learner("LAA", association, "2013-03-03"), centre, false)
                .statusCode(201));
        long waiting = id(place(fixtures.learner("LAA", association, "2013-04-04"), centre, true)
                .statusCode(201)
                .body("status", equalTo("WAITING"))
                .body("enrolledOn", org.hamcrest.Matchers.nullValue()));
        given().contentType(ContentType.JSON)
                .body(Map.of("outcome", "DROPPED_OUT", "endedOn", "2026-02-16"))
                .post(PATH + "/" + first + "/end")
                .then()
                .statusCode(200);
        given().get(PATH + "/" + waiting)
                .then()
                .body("status", equalTo("ENROLLED"))
                .body("enrolledOn", equalTo("2026-02-16"));

        long second = id(place(fixtures.learner("LAA", association, "2013-05-05"), centre, true)
                .statusCode(201)
                .body("status", equalTo("WAITING")));
        // the outcome of the year's last learner, recorded after the year ended: the next one counts within the year
        given().contentType(ContentType.JSON)
                .body(Map.of("outcome", "COMPLETED", "endedOn", "2026-09-15"))
                .post(PATH + "/" + waiting + "/end")
                .then()
                .statusCode(200);
        given().get(PATH + "/" + second)
                .then()
                .body("status", equalTo("ENROLLED"))
                .body("enrolledOn", equalTo("2026-07-31"));
    }

    @Test
    void anEnrolledLearnerIsToldSoBeforeAnyConsentIsAskedFor() {
        long recorder = fixtures.association("LAA", Names.unique("جمعية"));
        long other = fixtures.association("LAA", Names.unique("جمعية"));
        long own = fixtures.centre("LAA", recorder, "E2C_NG", "LAA-LAAYOUNE", Names.unique("مركز"), 10);
        long elsewhere = fixtures.centre("LAA", other, "E2C_NG", "LAA-ELMARSA", Names.unique("مركز"), 10);
        long learner = fixtures.learner("LAA", recorder, "2009-04-04");
        long placement = id(place(learner, own, false).statusCode(201));
        long digest = db.checksum("placement");
        // another association's centre, no consent to share, no override: the learner's state comes first
        place(learner, elsewhere, false)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/already-placed"))
                .body("placementId", equalTo((int) placement))
                .body("placementStatus", equalTo("ENROLLED"))
                .body("schoolYear", equalTo("2025/2026"))
                .body("errors.field", org.hamcrest.Matchers.not(hasItem("consentOverrideReason")));
        // and before the age band: a learner too old for the programme asked is still told they are placed
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "learnerId",
                        learner,
                        "centreId",
                        elsewhere,
                        "schoolYear",
                        "2025/2026",
                        "enrolledOn",
                        ENROLLED_ON,
                        "programme",
                        "NFE_BASIC"))
                .post(PATH)
                .then()
                .statusCode(409)
                .body("type", endsWith("/already-placed"));
        assertEquals(digest, db.checksum("placement"));
    }

    @Test
    void eligibilityIsCheckedBeforeTheCentreAndTheCentreBeforeConsent() {
        long recorder = fixtures.association("LAA", Names.unique("جمعية"));
        long other = fixtures.association("LAA", Names.unique("جمعية"));
        long full = fixtures.centre("LAA", other, "E2C_NG", "LAA-ELMARSA", Names.unique("مركز"), 1);
        place(fixtures.learner("LAA", other, "2009-01-01"), full, false).statusCode(201);
        // nine years old, at a full E2C_NG centre of another association, without consent: the age is the answer
        place(fixtures.learner("LAA", recorder, "2016-06-06"), full, false)
                .statusCode(422)
                .body("type", endsWith("/unprocessable"));
        // of age, at that full centre, without consent: the centre is full
        place(fixtures.learner("LAA", recorder, "2009-06-06"), full, false)
                .statusCode(409)
                .body("type", endsWith("/centre-full"));
        // on its waiting list: now the consent is asked for
        place(fixtures.learner("LAA", recorder, "2009-06-06"), full, true)
                .statusCode(409)
                .body("type", endsWith("/consent-required"));
    }
}
