package ma.forsa.caravan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.forsa.campaign.CampaignResourceTest;
import ma.forsa.testing.Db;
import ma.forsa.testing.Fixtures;
import ma.forsa.testing.Names;
import org.junit.jupiter.api.Test;

/** Caravans: their team, their itinerary of stops, and the rules a stop's results follow. */
@QuarkusTest
@TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
@OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
class CaravanResourceTest {

    @Inject
    Db db;

    @Inject
    Fixtures fixtures;

    long association;
    long campaign;

    void campaign() {
        association = fixtures.association("LAA", Names.unique("جمعية"));
        campaign = given().contentType(ContentType.JSON)
                .body(CampaignResourceTest.input(association))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    Map<String, Object> caravan(List<Map<String, Object>> team) {
        Map<String, Object> body = new HashMap<>();
        body.put("campaignId", campaign);
        body.put("name", Names.unique("قافلة الوحدة"));
        body.put("startsOn", "2025-09-20");
        body.put("endsOn", "2025-10-31");
        body.put("team", team);
        return body;
    }

    static Map<String, Object> member(String name, Long associationId, String role) {
        Map<String, Object> member = new HashMap<>();
        member.put("fullName", name);
        member.put("associationId", associationId);
        member.put("role", role);
        return member;
    }

    static Map<String, Object> stop(String day, String status, Integer people) {
        Map<String, Object> stop = new HashMap<>();
        stop.put("visitOn", day);
        stop.put("communeCode", "LAA-LAAYOUNE");
        stop.put("place", "حي الوحدة");
        stop.put("status", status);
        stop.put("peopleReached", people);
        return stop;
    }

    static ValidatableResponse send(String method, String path, Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .request(method, path)
                .then();
    }

    JsonPath newCaravan() {
        campaign();
        return send(
                        "POST",
                        "/api/v1/caravans",
                        caravan(List.of(
                                member("خديجة المديرية", null, "LEADER"),
                                member("يوسف الجمعية", association, "SOCIAL_WORKER"))))
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    @Test
    void aCaravanGoesOutWithATeamThatKeepsItsMembersIds() {
        JsonPath created = newCaravan();
        long id = created.getLong("id");
        assertEquals(List.of("LEADER", "SOCIAL_WORKER"), created.getList("team.role"));
        long leader = created.getLong("team[0].id");
        Map<String, Object> kept = member("خديجة المديرية", null, "LEADER");
        kept.put("id", leader);
        Map<String, Object> body = caravan(List.of(kept, member("سائق", null, "DRIVER")));
        body.put("version", 0);
        JsonPath updated = send("PUT", "/api/v1/caravans/" + id, body)
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(leader, updated.getLong("team[0].id"));
        assertEquals(List.of("LEADER", "DRIVER"), updated.getList("team.role"));
        assertEquals(2, db.longValue("SELECT COUNT(*) FROM caravan_member WHERE caravan_id = " + id));
        given().get("/api/v1/caravans?campaignId=" + campaign)
                .then()
                .statusCode(200)
                .body("items.id", contains((int) id));
    }

    @Test
    void aTeamIsMadeOfTheDirectorateAndTheCampaignsAssociations() {
        campaign();
        long outsider = fixtures.association("LAA", Names.unique("جمعية أخرى"));
        Map<String, Object> stranger = member("غريب", null, "VOLUNTEER");
        stranger.put("id", 999999999L);
        Map<String, Object> body = caravan(List.of(member("من جمعية أخرى", outsider, "VOLUNTEER"), stranger));
        body.put("startsOn", "2025-09-01");
        long before = db.checksum("caravan_member") + db.checksum("caravan");
        send("POST", "/api/v1/caravans", body)
                .statusCode(400)
                .body("errors.field", contains("startsOn", "team[0].associationId", "team[1].id"));
        assertEquals(before, db.checksum("caravan_member") + db.checksum("caravan"));
    }

    @Test
    void theItineraryIsByDateAndAStopsResultsFollowItsStatus() {
        long id = newCaravan().getLong("id");
        String stops = "/api/v1/caravans/" + id + "/stops";
        long second = send("POST", stops, stop("2025-09-25", "PLANNED", null))
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Map<String, Object> done = stop("2025-09-24", "DONE", 64);
        done.put("householdsVisited", 23);
        done.put("latitude", 27.1536);
        done.put("longitude", -13.2033);
        long first = send("POST", stops, done)
                .statusCode(201)
                .body("caravanName", not(equalTo(null)))
                .extract()
                .jsonPath()
                .getLong("id");
        given().get(stops).then().statusCode(200).body("items.id", contains((int) first, (int) second));
        given().get("/api/v1/stops?on=2025-09-24&size=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) first))
                .body("items.id", not(hasItem((int) second)));

        long before = db.checksum("caravan_stop");
        send("POST", stops, stop("2025-09-22", "DONE", null))
                .statusCode(400)
                .body("errors.field", contains("peopleReached"));
        send("POST", stops, stop("2025-09-22", "PLANNED", 10))
                .statusCode(400)
                .body("errors.field", contains("peopleReached"));
        Map<String, Object> half = stop("2025-11-02", "PLANNED", null);
        half.put("latitude", 27.1);
        half.put("communeCode", "BOJ-BOUJDOUR");
        send("POST", stops, half).statusCode(400).body("errors.field", contains("visitOn", "communeCode", "longitude"));
        assertEquals(before, db.checksum("caravan_stop"));

        Map<String, Object> result = stop("2025-09-25", "DONE", 40);
        result.put("version", 0);
        send("PUT", stops + "/" + second, result).statusCode(200).body("status", equalTo("DONE"));
        send("PUT", stops + "/" + second, result).statusCode(409).body("errors.field", contains("version"));
    }

    @Test
    void aStopStillToComeCannotBeDone() {
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        campaign();
        db.update("UPDATE campaign SET ends_on = ? WHERE id = ?", tomorrow.plusDays(3), campaign);
        Map<String, Object> body = caravan(List.of());
        body.put("endsOn", tomorrow.plusDays(2).toString());
        long id = send("POST", "/api/v1/caravans", body)
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        send("POST", "/api/v1/caravans/" + id + "/stops", stop(tomorrow.toString(), "DONE", 5))
                .statusCode(400)
                .body("errors.field", contains("visitOn"));
    }

    @Test
    @TestSecurity(user = "academy", roles = "academy-analyst")
    @OidcSecurity(claims = @Claim(key = "academy", value = "LSH"))
    void theAcademySeesATeamsRolesButNotItsNamesNorPhones() {
        long id = sqlCaravan(Names.unique("قافلة"));
        db.update(
                "INSERT INTO caravan_member (caravan_id, full_name, team_role, phone) VALUES (?, 'خديجة', 'LEADER',"
                        + " '+212 600 11 22 33')",
                id);
        given().get("/api/v1/caravans/" + id)
                .then()
                .statusCode(200)
                .body("team.size()", not(equalTo(0)))
                .body("team.fullName", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()))
                .body("team.phone", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()))
                .body("team.role", org.hamcrest.Matchers.everyItem(not(equalTo(null))));
    }

    @Test
    @TestSecurity(user = "assoc.other", roles = "association-staff")
    @OidcSecurity(claims = {@Claim(key = "directorate", value = "LAA"), @Claim(key = "association_id", value = "-7")})
    void anotherAssociationSeesNeitherTheCaravanNorItsStops() {
        long id = sqlCaravan(Names.unique("قافلة"));
        given().get("/api/v1/caravans/" + id).then().statusCode(404);
        given().get("/api/v1/caravans/" + id + "/stops").then().statusCode(404);
        send("POST", "/api/v1/caravans/" + id + "/stops", stop("2025-09-21", "PLANNED", null))
                .statusCode(404);
    }

    /** A caravan of LAA under a campaign no association takes part in, for callers who may not create one. */
    private long sqlCaravan(String name) {
        db.update(
                "INSERT INTO campaign (directorate_code, school_year_id, title_ar, starts_on, ends_on, status, created_at,"
                        + " updated_at) SELECT 'LAA', id, ?, '2025-09-16', '2025-12-31', 'ACTIVE', NOW(6), NOW(6)"
                        + " FROM school_year WHERE code = '2025/2026'",
                name);
        db.update(
                "INSERT INTO caravan (campaign_id, directorate_code, name, starts_on, ends_on, created_at, updated_at)"
                        + " SELECT id, 'LAA', ?, '2025-09-20', '2025-09-30', NOW(6), NOW(6) FROM campaign WHERE title_ar = ?",
                name,
                name);
        return Long.parseLong(db.string("SELECT id FROM caravan WHERE name = ?", name));
    }
}
