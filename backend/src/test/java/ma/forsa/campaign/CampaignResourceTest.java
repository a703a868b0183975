package ma.forsa.campaign;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import java.util.stream.Stream;
import ma.forsa.testing.Db;
import ma.forsa.testing.Fixtures;
import ma.forsa.testing.Names;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Campaigns: their terms, every move of their lifecycle, the people they reach, and what a closed one refuses. */
@QuarkusTest
@TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
@OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
public class CampaignResourceTest {

    static final String[] CAMPAIGN_TABLES = {
        "campaign", "campaign_commune", "campaign_channel", "campaign_association", "campaign_reach", "caravan"
    };

    @Inject
    Db db;

    @Inject
    Fixtures fixtures;

    public static Map<String, Object> input(long association) {
        Map<String, Object> body = new HashMap<>();
        body.put("titleAr", Names.unique("حملة التعبئة"));
        body.put("titleFr", "Campagne de mobilisation");
        body.put("schoolYear", "2025/2026");
        body.put("startsOn", "2025-09-16");
        body.put("endsOn", "2025-12-31");
        body.put("objectives", "Trouver les enfants non scolarisés");
        body.put("targetChildren", 150);
        body.put("communeCodes", List.of("LAA-LAAYOUNE", "LAA-ELMARSA"));
        body.put("channels", List.of("MEETING", "DOOR_TO_DOOR", "RADIO"));
        body.put("associationIds", List.of(association));
        return body;
    }

    static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    long campaign(String status) {
        long id = post("/api/v1/campaigns", input(fixtures.association("LAA", Names.unique("جمعية"))))
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        db.update("UPDATE campaign SET status = ? WHERE id = ?", status, id);
        return id;
    }

    @Test
    void aCampaignIsPlannedWithItsChannelsCommunesAndAssociations() {
        long association = fixtures.association("LAA", Names.unique("جمعية"));
        Map<String, Object> body = input(association);
        var created = post("/api/v1/campaigns", body)
                .statusCode(201)
                .contentType(ContentType.JSON)
                .body("status", equalTo("PLANNED"))
                .body("directorateCode", equalTo("LAA"))
                .body("schoolYear", equalTo("2025/2026"))
                .body("channels", contains("MEETING", "DOOR_TO_DOOR", "RADIO"))
                .body("communeCodes", contains("LAA-ELMARSA", "LAA-LAAYOUNE"))
                .body("associationIds", contains((int) association))
                .extract();
        long id = created.jsonPath().getLong("id");
        org.junit.jupiter.api.Assertions.assertTrue(created.header("Location").endsWith("/api/v1/campaigns/" + id));
        given().get("/api/v1/campaigns?associationId=" + association)
                .then()
                .statusCode(200)
                .body("items.id", contains((int) id));
        body.put("version", 0);
        body.put("channels", List.of("RADIO"));
        given().contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/campaigns/" + id)
                .then()
                .statusCode(200)
                .body("channels", contains("RADIO"))
                .body("version", equalTo(1));
        given().contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/campaigns/" + id)
                .then()
                .statusCode(409)
                .body("errors.field", hasItem("version"));
    }

    @Test
    void wrongTermsAreRefusedFieldByFieldAndSaveNothing() {
        long other = fixtures.association("BOJ", Names.unique("جمعية بوجدور"));
        Map<String, Object> body = input(other);
        body.put("communeCodes", List.of("LAA-LAAYOUNE", "BOJ-BOUJDOUR"));
        body.put("endsOn", "2025-09-01");
        Map<String, Long> before = digests();
        given().header("Accept-Language", "fr")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/campaigns")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("endsOn", "communeCodes[1]", "associationIds[0]"))
                .body("errors[0].message", equalTo("La date de fin ne peut pas précéder la date de début."));
        assertEquals(before, digests());
    }

    static Stream<Arguments> moves() {
        return Stream.of(CampaignStatus.values())
                .flatMap(from -> Stream.of(CampaignStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("moves")
    void onlyTheLifecycleMovesAreAllowed(CampaignStatus from, CampaignStatus to) {
        long id = campaign(from.name());
        boolean allowed = from.next().contains(to);
        post("/api/v1/campaigns/" + id + "/transitions", Map.of("to", to.name(), "reason", "la saison est finie"))
                .statusCode(allowed ? 200 : 409);
        assertEquals(allowed ? to.name() : from.name(), db.string("SELECT status FROM campaign WHERE id = ?", id));
    }

    @Test
    void aCampaignThatNeverRanClosesOnlyWithAReason() {
        long id = campaign("PLANNED");
        post("/api/v1/campaigns/" + id + "/transitions", Map.of("to", "CLOSED"))
                .statusCode(400)
                .body("errors.field", contains("reason"));
        assertEquals("PLANNED", db.string("SELECT status FROM campaign WHERE id = ?", id));
        post("/api/v1/campaigns/" + id + "/transitions", Map.of("to", "CLOSED", "reason", "budget non reçu"))
                .statusCode(200)
                .body("closeReason", equalTo("budget non reçu"));
    }

    @Test
    void peopleReachedAreCountedByChannelAndDay() {
        long id = campaign("ACTIVE");
        String reach = "/api/v1/campaigns/" + id + "/reach";
        post(reach, Map.of("channel", "MEETING", "reachedOn", "2025-09-16", "peopleReached", 120))
                .statusCode(201)
                .header(
                        "Location",
                        endsWith(reach + "/"
                                + db.string("SELECT MAX(id) FROM campaign_reach WHERE campaign_id = ?", id)));
        post(reach, Map.of("channel", "RADIO", "reachedOn", "2025-09-17", "peopleReached", 3000))
                .statusCode(201);
        post(reach, Map.of("channel", "MEETING", "reachedOn", "2025-09-18", "peopleReached", 80))
                .statusCode(201);
        long duplicate = post(reach, Map.of("channel", "MEETING", "reachedOn", "2025-09-16", "peopleReached", 5))
                .statusCode(409)
                .extract()
                .jsonPath()
                .getLong("existingId");
        post(reach, Map.of("channel", "TV", "reachedOn", "2025-09-16", "peopleReached", 5))
                .statusCode(400)
                .body("errors.field", contains("channel"));
        post(reach, Map.of("channel", "RADIO", "reachedOn", "2026-01-05", "peopleReached", 5))
                .statusCode(400)
                .body("errors.field", contains("reachedOn"));
        given().get(reach)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(3))
                .body("byChannel.find { it.channel == 'MEETING' }.peopleReached", equalTo(200))
                .body("byChannel.find { it.channel == 'RADIO' }.peopleReached", equalTo(3000))
                .body("totalPeopleReached", equalTo(3200));
        given().delete(reach + "/" + duplicate).then().statusCode(204);
        given().get(reach).then().body("totalPeopleReached", equalTo(3080));
        given().delete(reach + "/" + duplicate).then().statusCode(404);
    }

    @Test
    void reachIsRecordedOnlyWhileTheCampaignRuns() {
        long id = campaign("PLANNED");
        post(
                        "/api/v1/campaigns/" + id + "/reach",
                        Map.of("channel", "RADIO", "reachedOn", "2025-09-17", "peopleReached", 1))
                .statusCode(409);
        assertEquals(0, db.longValue("SELECT COUNT(*) FROM campaign_reach WHERE campaign_id = " + id));
    }

    @Test
    void aClosedCampaignNoLongerChangesNorTakesCaravans() {
        long id = campaign("ACTIVE");
        post(
                        "/api/v1/campaigns/" + id + "/reach",
                        Map.of("channel", "RADIO", "reachedOn", "2025-09-17", "peopleReached", 9))
                .statusCode(201);
        long reachId = db.longValue("SELECT MAX(id) FROM campaign_reach WHERE campaign_id = " + id);
        post("/api/v1/campaigns/" + id + "/transitions", Map.of("to", "CLOSED")).statusCode(200);
        Map<String, Object> body = input(fixtures.association("LAA", Names.unique("جمعية")));
        body.put("version", db.longValue("SELECT version FROM campaign WHERE id = " + id));
        Map<String, Long> before = digests();
        given().contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/campaigns/" + id)
                .then()
                .statusCode(409);
        post(
                        "/api/v1/campaigns/" + id + "/reach",
                        Map.of("channel", "RADIO", "reachedOn", "2025-09-18", "peopleReached", 1))
                .statusCode(409);
        given().delete("/api/v1/campaigns/" + id + "/reach/" + reachId).then().statusCode(409);
        post(
                        "/api/v1/caravans",
                        Map.of(
                                "campaignId", id,
                                "name", "قافلة",
                                "startsOn", "2025-09-20",
                                "endsOn", "2025-09-30",
                                "team", List.of()))
                .statusCode(409);
        assertEquals(before, digests());
    }

    @Test
    @TestSecurity(user = "assoc.b", roles = "association-staff")
    @OidcSecurity(claims = {@Claim(key = "directorate", value = "LAA"), @Claim(key = "association_id", value = "-7")})
    void associationStaffSeeOnlyTheCampaignsTheirAssociationTakesPartIn() {
        long id = sqlCampaign();
        given().get("/api/v1/campaigns/" + id).then().statusCode(404);
        given().get("/api/v1/campaigns?size=100").then().statusCode(200).body("items.id", not(hasItem((int) id)));
    }

    @Test
    @TestSecurity(user = "academy", roles = "academy-analyst")
    @OidcSecurity(claims = @Claim(key = "academy", value = "LSH"))
    void theAcademySeesTheCampaignsOfItsDirectorates() {
        long id = sqlCampaign();
        given().get("/api/v1/campaigns/" + id).then().statusCode(200).body("directorateCode", equalTo("LAA"));
        given().contentType(ContentType.JSON)
                .body(input(1))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(403);
    }

    /** A campaign of LAA with no association, for callers who may not create one. */
    private long sqlCampaign() {
        String title = Names.unique("حملة");
        db.update(
                "INSERT INTO campaign (directorate_code, school_year_id, title_ar, starts_on, ends_on, status, created_at,"
                        + " updated_at) SELECT 'LAA', id, ?, '2025-09-16', '2025-12-31', 'ACTIVE', NOW(6), NOW(6)"
                        + " FROM school_year WHERE code = '2025/2026'",
                title);
        return Long.parseLong(db.string("SELECT id FROM campaign WHERE title_ar = ?", title));
    }

    private Map<String, Long> digests() {
        Map<String, Long> digests = new HashMap<>();
        for (String table : CAMPAIGN_TABLES) {
            digests.put(table, db.checksum(table));
        }
        return digests;
    }
}
