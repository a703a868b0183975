package ma.forsa.statistics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ma.forsa.testing.Db;
import ma.forsa.testing.Fixtures;
import ma.forsa.testing.Names;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outreach funnel on generated children of a school year of the test's own: every step, rate and median equal
 * what is counted again here from the rows written, for the directorate exactly and for the academy by the
 * publication rules (no group under 5, counts rounded to 5).
 */
@QuarkusTest
class OutreachFunnelTest {

    static final String PATH = "/api/v1/statistics/outreach";

    /** The ways a case goes; the last step is where it is now. */
    static final List<List<String>> JOURNEYS = List.of(
            List.of("IDENTIFIED"),
            List.of("IDENTIFIED", "CONTACTED"),
            List.of("IDENTIFIED", "CONTACTED", "REFERRED"),
            List.of("IDENTIFIED", "CONTACTED", "REFERRED", "ENROLLED"),
            List.of("IDENTIFIED", "CONTACTED", "DECLINED"),
            List.of("IDENTIFIED", "UNREACHABLE"),
            List.of("IDENTIFIED", "UNREACHABLE", "CONTACTED", "REFERRED", "ENROLLED"),
            List.of("IDENTIFIED", "CONTACTED", "REFERRED", "DECLINED"),
            List.of("IDENTIFIED", "NOT_ELIGIBLE"),
            List.of("IDENTIFIED", "ENROLLED"));

    @Inject
    Db db;

    @Inject
    Published published;

    @Inject
    Fixtures fixtures;

    @Inject
    StatisticsCompactor compactor;

    String year;
    LocalDate starts;
    long campaignA;
    long campaignB;

    /** What the test wrote: each child's campaign, sex, journey and days to enrolment. */
    record Child(long campaign, String sex, List<String> journey, int days) {}

    final List<Child> children = new ArrayList<>();

    /** Two associations that find children; a basic and an E2C centre they are referred to. */
    final List<Long> associations = new ArrayList<>();

    final List<Long> centres = new ArrayList<>();

    @BeforeEach
    void aSchoolYearOfItsOwn() {
        year = fixtures.unusedSchoolYear();
        starts = LocalDate.of(Integer.parseInt(year.substring(0, 4)), 9, 1);
        fixtures.schoolYear(year);
        campaignA = campaign();
        campaignB = campaign();
        associations.add(fixtures.association("LAA", Names.unique("جمعية")));
        associations.add(fixtures.association("LAA", Names.unique("جمعية")));
        centres.add(fixtures.centre("LAA", associations.get(0), "NFE_BASIC", "LAA-LAAYOUNE", Names.unique("قسم"), 50));
        centres.add(fixtures.centre("LAA", associations.get(1), "E2C_NG", "LAA-ELMARSA", Names.unique("مركز"), 50));
    }

    long campaign() {
        String title = Names.unique("حملة");
        db.update(
                "INSERT INTO campaign (directorate_code, school_year_id, title_ar, starts_on, ends_on, status,"
                        + " created_at, updated_at) SELECT 'LAA', id, ?, starts_on, ends_on, 'ACTIVE', NOW(6), NOW(6)"
                        + " FROM school_year WHERE code = ?",
                title,
                year);
        return Long.parseLong(db.string("SELECT id FROM campaign WHERE title_ar = ?", title));
    }

    /** A child found by a campaign on a day of the year, who went the given way. */
    long found(long campaign, String sex, List<String> journey, LocalDate on, int days) {
        String last = Names.unique("الطفل");
        String now = journey.get(journey.size() - 1);
        db.update(
                "INSERT INTO child_case (directorate_code, campaign_id, first_name_ar, last_name_ar, name_key, sex,"
                        + " estimated_age, approx_birth_date, status, status_changed_on, found_on, recorded_by,"
                        + " created_at, updated_at) VALUES ('LAA', ?, 'طفل', ?, ?, ?, 12, '2010-01-01', ?, ?, ?,"
                        + " 'test', NOW(6), NOW(6))",
                campaign,
                last,
                last,
                sex,
                now,
                on.plusDays(days).toString(),
                on.toString());
        long id = Long.parseLong(db.string("SELECT id FROM child_case WHERE last_name_ar = ?", last));
        for (int i = 1; i < journey.size(); i++) {
            db.update(
                    "INSERT INTO child_case_status_change (case_id, from_status, to_status, changed_on, changed_at,"
                            + " changed_by) VALUES (?, ?, ?, ?, NOW(6), 'test')",
                    id,
                    journey.get(i - 1),
                    journey.get(i),
                    on.plusDays(i == journey.size() - 1 ? days : i).toString());
        }
        children.add(new Child(campaign, sex, journey, days));
        return id;
    }

    void generate(int count, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            List<String> journey = JOURNEYS.get(random.nextInt(JOURNEYS.size()));
            long id = found(
                    random.nextInt(3) == 0 ? campaignB : campaignA,
                    random.nextBoolean() ? "F" : "M",
                    journey,
                    starts.plusDays(random.nextInt(200)),
                    3 + random.nextInt(40));
            // who found them, where they were referred (or not yet), and how old they are: the case changed after
            // it was written, as the field app's later edits do
            db.update(
                    "UPDATE child_case SET association_id = ?, referred_centre_id = ?, approx_birth_date = ? WHERE id = ?",
                    random.nextInt(3) == 0 ? null : associations.get(random.nextInt(2)),
                    random.nextInt(3) == 0 ? null : centres.get(random.nextInt(2)),
                    starts.minusYears(8 + random.nextInt(10))
                            .minusDays(random.nextInt(365))
                            .toString(),
                    id);
        }
    }

    /** identified, contacted, referred, enrolled, declined, unreachable, not eligible, counted from the rows. */
    static long[] expected(List<Child> of) {
        long[] counts = new long[7];
        for (Child child : of) {
            List<String> j = child.journey();
            String now = j.get(j.size() - 1);
            counts[0]++;
            counts[1] += j.contains("CONTACTED") || j.contains("REFERRED") || j.contains("ENROLLED") ? 1 : 0;
            counts[2] += j.contains("REFERRED") || j.contains("ENROLLED") ? 1 : 0;
            counts[3] += now.equals("ENROLLED") ? 1 : 0;
            counts[4] += now.equals("DECLINED") ? 1 : 0;
            counts[5] += now.equals("UNREACHABLE") ? 1 : 0;
            counts[6] += now.equals("NOT_ELIGIBLE") ? 1 : 0;
        }
        return counts;
    }

    static Double median(List<Child> of) {
        List<Integer> days = of.stream()
                .filter(c -> c.journey().get(c.journey().size() - 1).equals("ENROLLED"))
                .map(Child::days)
                .sorted()
                .toList();
        if (days.isEmpty()) {
            return null;
        }
        int n = days.size();
        return n % 2 == 1 ? days.get(n / 2) : (days.get(n / 2 - 1) + days.get(n / 2)) / 2.0;
    }

    JsonPath funnel(Object... groupBy) {
        return given().queryParam("schoolYear", year)
                .queryParam("groupBy", List.of(groupBy))
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static final List<String> STEPS =
            List.of("identified", "contacted", "referred", "enrolled", "declined", "unreachable", "notEligible");

    static void assertCell(Map<String, Object> cell, long[] counts, Double median) {
        for (int i = 0; i < STEPS.size(); i++) {
            assertEquals(counts[i], ((Number) cell.get(STEPS.get(i))).longValue(), STEPS.get(i) + " in " + cell);
        }
        assertEquals(Publication.ratePercent(counts[1], counts[0]), asDouble(cell.get("contactRate")));
        assertEquals(Publication.ratePercent(counts[2], counts[1]), asDouble(cell.get("referralRate")));
        assertEquals(Publication.ratePercent(counts[3], counts[2]), asDouble(cell.get("enrolmentRate")));
        assertEquals(Publication.ratePercent(counts[3], counts[0]), asDouble(cell.get("overallRate")));
        assertEquals(median, asDouble(cell.get("medianDaysToEnrolment")));
    }

    static Double asDouble(Object value) {
        // JSON's numbers come back as floats: read as written (78.3, not 78.30000305)
        return value == null ? null : Double.valueOf(value.toString());
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void everyStepEqualsTheChildrenCountedAgainFromTheirRows() {
        generate(60, 20261205L);
        // found before the school year began: not in it
        found(campaignA, "F", List.of("IDENTIFIED", "ENROLLED"), starts.minusDays(3), 5);
        List<Child> inYear = children.subList(0, 60);

        JsonPath all = funnel();
        assertCell(all.getMap("total"), expected(inYear), median(inYear));
        assertEquals(List.of(), all.getList("cells"));

        // a case has no nationality: the funnel cannot be narrowed to one, and says so beside the parameter
        given().queryParam("schoolYear", year)
                .queryParam("nationality", "MA")
                .get(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("nationality"));

        JsonPath byCampaign = funnel("CAMPAIGN");
        assertEquals(2, byCampaign.getList("cells").size());
        for (long campaign : List.of(campaignA, campaignB)) {
            Map<String, Object> cell = byCampaign.getMap("cells.find { it.campaignId == " + campaign + " }");
            List<Child> of =
                    inYear.stream().filter(c -> c.campaign() == campaign).toList();
            assertCell(cell, expected(of), median(of));
            assertTrue(((String) cell.get("campaignTitleAr")).startsWith("حملة"));
        }
        JsonPath bySex = funnel("CAMPAIGN", "SEX");
        for (Map<String, Object> cell : bySex.<Map<String, Object>>getList("cells")) {
            List<Child> of = inYear.stream()
                    .filter(c -> c.campaign() == ((Number) cell.get("campaignId")).longValue()
                            && c.sex().equals(cell.get("sex")))
                    .toList();
            assertCell(cell, expected(of), median(of));
        }
    }

    /**
     * The funnel's steps and median counted again from the cases and their history with plain SQL (what the measure
     * read before it had aggregates), for one campaign or all.
     */
    Map<String, Object> raw(Long campaign) {
        return raw(campaign == null ? "TRUE" : "c.campaign_id = " + campaign);
    }

    /** The same for the cases this condition on the case (c), its school year (y) and its referred centre (r) takes. */
    Map<String, Object> raw(String condition) {
        String where = " FROM child_case c JOIN school_year y ON y.code = '" + year + "' AND c.found_on BETWEEN"
                + " y.starts_on AND y.ends_on LEFT JOIN centre r ON r.id = c.referred_centre_id"
                + " WHERE c.directorate_code = 'LAA' AND (" + condition + ")";
        String ever = "EXISTS (SELECT 1 FROM child_case_status_change h WHERE h.case_id = c.id AND h.to_status IN ";
        Map<String, Object> cell = new java.util.HashMap<>();
        List<String> conditions = List.of(
                "TRUE",
                "c.status IN ('CONTACTED', 'REFERRED', 'ENROLLED') OR " + ever
                        + "('CONTACTED', 'REFERRED', 'ENROLLED'))",
                "c.status IN ('REFERRED', 'ENROLLED') OR " + ever + "('REFERRED', 'ENROLLED'))",
                "c.status = 'ENROLLED'",
                "c.status = 'DECLINED'",
                "c.status = 'UNREACHABLE'",
                "c.status = 'NOT_ELIGIBLE'");
        for (int i = 0; i < STEPS.size(); i++) {
            cell.put(STEPS.get(i), db.longValue("SELECT COUNT(*)" + where + " AND (" + conditions.get(i) + ")"));
        }
        String days = db.string("SELECT GROUP_CONCAT(DATEDIFF(c.status_changed_on, c.found_on) ORDER BY"
                + " DATEDIFF(c.status_changed_on, c.found_on))" + where + " AND c.status = 'ENROLLED'");
        List<Integer> sorted = days == null
                ? List.of()
                : java.util.Arrays.stream(days.split(",")).map(Integer::valueOf).toList();
        int n = sorted.size();
        cell.put(
                "medianDaysToEnrolment",
                n == 0 ? null : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
        return cell;
    }

    /** Each dimension of the cases' own, the raw rows' expression of it, and the cell's field. */
    static final List<List<String>> OWN_DIMENSIONS = List.of(
            List.of("ASSOCIATION", "c.association_id", "associationId"),
            List.of("CENTRE", "c.referred_centre_id", "centreId"),
            List.of("PROGRAMME", "r.type", "programme"),
            List.of("AGE", "TIMESTAMPDIFF(YEAR, c.approx_birth_date, y.age_reference_date)", "age"));

    void assertEqualsRaw() {
        JsonPath byCampaign = funnel("CAMPAIGN");
        assertSame(raw((Long) null), byCampaign.getMap("total"));
        for (long campaign : List.of(campaignA, campaignB)) {
            assertSame(raw(campaign), byCampaign.getMap("cells.find { it.campaignId == " + campaign + " }"));
        }
        // by who found them, where they were referred, its programme, their age: every group (none included)
        for (List<String> d : OWN_DIMENSIONS) {
            JsonPath by = funnel(d.get(0));
            long cases = 0;
            for (Map<String, Object> cell : by.<Map<String, Object>>getList("cells")) {
                Object value = cell.get(d.get(2));
                Map<String, Object> raw = raw(value == null ? d.get(1) + " IS NULL" : d.get(1) + " = '" + value + "'");
                assertSame(raw, cell);
                cases += (Long) raw.get("identified");
            }
            assertEquals(raw((Long) null).get("identified"), cases, "every case in one group by " + d.get(0));
        }
        // narrowed to one programme, grouped by campaign
        JsonPath e2c = given().queryParam("schoolYear", year)
                .queryParam("programme", "E2C_NG")
                .queryParam("groupBy", "CAMPAIGN")
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertSame(raw("r.type = 'E2C_NG'"), e2c.getMap("total"));
        for (Map<String, Object> cell : e2c.<Map<String, Object>>getList("cells")) {
            assertSame(raw("r.type = 'E2C_NG' AND c.campaign_id = " + cell.get("campaignId")), cell);
        }
    }

    static void assertSame(Map<String, Object> raw, Map<String, Object> published) {
        for (String step : STEPS) {
            assertEquals(raw.get(step), ((Number) published.get(step)).longValue(), step + " in " + published);
        }
        Object median = raw.get("medianDaysToEnrolment");
        assertEquals(
                median == null ? null : ((Number) median).doubleValue(),
                asDouble(published.get("medianDaysToEnrolment")));
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void theFunnelStaysExactAsChildrenMoveOnAndTheYearsDatesChange() {
        generate(80, 42L);
        assertEqualsRaw();
        List<Long> cases = new ArrayList<>();
        for (String id : db.string("SELECT GROUP_CONCAT(id ORDER BY id) FROM child_case WHERE campaign_id IN ("
                        + campaignA + ", " + campaignB + ")")
                .split(",")) {
            cases.add(Long.valueOf(id));
        }
        // children move on: contacted, then enrolled some days later; one declines after being referred
        for (long id : cases.subList(0, 15)) {
            db.update(
                    "UPDATE child_case SET status = 'CONTACTED', status_changed_on = DATE_ADD(found_on, INTERVAL 2 DAY)"
                            + " WHERE id = ? AND status = 'IDENTIFIED'",
                    id);
            db.update(
                    "INSERT INTO child_case_status_change (case_id, from_status, to_status, changed_on, changed_at,"
                            + " changed_by) SELECT id, 'IDENTIFIED', 'CONTACTED', status_changed_on, NOW(6), 'test'"
                            + " FROM child_case WHERE id = ? AND status = 'CONTACTED'",
                    id);
        }
        for (long id : cases.subList(15, 25)) {
            db.update(
                    "INSERT INTO child_case_status_change (case_id, from_status, to_status, changed_on, changed_at,"
                            + " changed_by) SELECT id, status, 'ENROLLED', DATE_ADD(found_on, INTERVAL 30 DAY), NOW(6), 'test'"
                            + " FROM child_case WHERE id = ? AND status NOT IN ('ENROLLED', 'DECLINED')",
                    id);
            db.update(
                    "UPDATE child_case SET status = 'ENROLLED', status_changed_on = DATE_ADD(found_on, INTERVAL 30 DAY)"
                            + " WHERE id = ? AND status NOT IN ('ENROLLED', 'DECLINED')",
                    id);
        }
        // a case moved to the other campaign, and one deleted with its history
        db.update("UPDATE child_case SET campaign_id = ? WHERE id = ?", campaignB, cases.get(30));
        db.update("DELETE FROM child_case_status_change WHERE case_id = ?", cases.get(31));
        db.update("DELETE FROM child_case WHERE id = ?", cases.get(31));
        assertEqualsRaw();
        compactor.compact();
        assertEqualsRaw();
        // children referred elsewhere, and a birth date corrected
        db.update("UPDATE child_case SET referred_centre_id = ? WHERE id = ?", centres.get(1), cases.get(40));
        db.update("UPDATE child_case SET referred_centre_id = NULL WHERE id = ?", cases.get(41));
        db.update(
                "UPDATE child_case SET approx_birth_date = DATE_SUB(approx_birth_date, INTERVAL 2 YEAR) WHERE id = ?",
                cases.get(42));
        assertEqualsRaw();
        // the year's reference date moves a year on: every child is a year older in it
        db.update(
                "UPDATE school_year SET age_reference_date = DATE_ADD(age_reference_date, INTERVAL 1 YEAR)"
                        + " WHERE code = ?",
                year);
        assertEqualsRaw();
        // the year starts a month later: the children found in September are no longer in it
        db.update("UPDATE school_year SET starts_on = DATE_ADD(starts_on, INTERVAL 1 MONTH) WHERE code = ?", year);
        assertEqualsRaw();
        assertTrue(
                ((Number) raw((Long) null).get("identified")).longValue() < 80, "some children fall out of the year");
    }

    @Test
    @TestSecurity(user = "analyst.academy", roles = "academy-analyst")
    @OidcSecurity(claims = @Claim(key = "academy", value = "LSH"))
    void theAcademyGetsRoundedStepsAndNoSmallGroup() {
        // campaign A: 12 children, 7 enrolled; campaign B: 3 children, too few to show
        List<Long> enrolled = new java.util.ArrayList<>();
        List<Long> declined = new java.util.ArrayList<>();
        List<Long> fromB = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            enrolled.add(found(campaignA, "F", JOURNEYS.get(3), starts.plusDays(i), 10 + i));
        }
        for (int i = 0; i < 5; i++) {
            declined.add(found(campaignA, "M", JOURNEYS.get(4), starts.plusDays(i), 0));
        }
        for (int i = 0; i < 3; i++) {
            fromB.add(found(campaignB, "M", JOURNEYS.get(0), starts.plusDays(i), 0));
        }
        List<Long> fromA = new java.util.ArrayList<>(enrolled);
        fromA.addAll(declined);
        List<Long> everyone = new java.util.ArrayList<>(fromA);
        everyone.addAll(fromB);
        JsonPath byCampaign = funnel("CAMPAIGN");
        assertEquals(5, byCampaign.getInt("minimumCount"));
        assertEquals(5, byCampaign.getInt("roundedTo"));
        assertNull(byCampaign.get("hiddenCells"), "B is left out, uncounted");
        assertEquals(1, byCampaign.getList("cells").size());
        Map<String, Object> a = byCampaign.getMap("cells[0]");
        assertEquals(campaignA, ((Number) a.get("campaignId")).longValue());
        // every step as its children's keys draw it
        long identified = published.forTheAcademy("C", fromA); // 12
        assertEquals(identified, number(a, "identified"));
        assertEquals(identified, number(a, "contacted"), "the same 12 children: the same figure");
        long enrolledFigure = published.forTheAcademy("C", enrolled); // 7
        assertEquals(enrolledFigure, number(a, "referred"));
        assertEquals(enrolledFigure, number(a, "enrolled"));
        assertEquals(published.forTheAcademy("C", declined), number(a, "declined")); // 5
        assertNull(a.get("unreachable"), "none is published like too few");
        assertEquals(
                Publication.ratePercent(enrolledFigure, identified),
                asDouble(a.get("overallRate")),
                "from the published counts");
        assertEquals(13.0, asDouble(a.get("medianDaysToEnrolment")));
        // the total of both: 15 identified, as their keys draw it
        assertEquals(published.forTheAcademy("C", everyone), byCampaign.getLong("total.identified"));
        Map<String, Object> tooFew = funnel("CAMPAIGN", "SEX").getMap("cells.find { it.sex == 'M' }");
        assertEquals(published.forTheAcademy("C", declined), number(tooFew, "identified")); // A's 5 boys; not B's 3
        assertNull(tooFew.get("enrolled"));
        assertNull(tooFew.get("medianDaysToEnrolment"), "no enrolled boy: no median");
        Map<String, Object> girls = funnel("CAMPAIGN", "SEX").getMap("cells.find { it.sex == 'F' }");
        assertEquals(enrolledFigure, number(girls, "identified")); // 7
        assertEquals(13.0, asDouble(girls.get("medianDaysToEnrolment")));
    }

    static long number(Map<String, Object> cell, String step) {
        return ((Number) cell.get(step)).longValue();
    }
}
