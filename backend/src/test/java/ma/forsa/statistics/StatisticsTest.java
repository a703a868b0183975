package ma.forsa.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import ma.forsa.testing.Db;
import ma.forsa.testing.Fixtures;
import ma.forsa.testing.Names;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Beneficiary statistics, on a school year of the test's own (so other tests' placements do not
 * count): exact for the directorate, small counts hidden for the academy, and unchanged when a
 * learner is anonymised.
 */
@QuarkusTest
class StatisticsTest {

    static final String PATH = "/api/v1/statistics/beneficiaries";

    @Inject
    Db db;

    @Inject
    Fixtures fixtures;

    @Inject
    Published published;

    String year;
    long yearId;
    long association;
    String associationName;
    long basic;
    long e2c;

    @BeforeEach
    void aSchoolYearOfItsOwn() {
        year = fixtures.unusedSchoolYear();
        yearId = schoolYear(year);
        associationName = Names.unique("جمعية");
        association = fixtures.association("LAA", associationName);
        basic = fixtures.centre("LAA", association, "NFE_BASIC", "LAA-LAAYOUNE", Names.unique("قسم"), 200);
        e2c = fixtures.centre("LAA", association, "E2C_NG", "LAA-ELMARSA", Names.unique("مركز"), 200);
    }

    long schoolYear(String code) {
        return fixtures.schoolYear(code);
    }

    /** A learner of the given sex placed at the centre in the test's year, with its status. */
    long placed(long centre, String programme, String sex, int age, String status, String directorate, long in) {
        long learner = fixtures.learner(directorate, association, "2012-01-01");
        db.update("UPDATE learner SET sex = ? WHERE id = ?", sex, learner);
        place(learner, centre, association, programme, age, status, directorate, in);
        return learner;
    }

    void place(
            long learner,
            long centre,
            long operator,
            String programme,
            int age,
            String status,
            String directorate,
            long in) {
        db.update(
                "INSERT INTO placement (learner_id, centre_id, school_year_id, programme, directorate_code, association_id,"
                        + " status, class_number, age_at_reference, requested_at, enrolled_on, ended_on, outcome, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NOW(6), ?, ?, ?, NOW(6), NOW(6))",
                learner,
                centre,
                in,
                programme,
                directorate,
                operator,
                status,
                "WAITING".equals(status) ? null : 1,
                age,
                "WAITING".equals(status) ? null : "2025-10-01",
                "ENDED".equals(status) ? "2026-03-01" : null,
                "ENDED".equals(status) ? "REINTEGRATED_FORMAL_SCHOOL" : null);
    }

    JsonPath stats(Object... groupBy) {
        return given().queryParam("schoolYear", year)
                .queryParam("groupBy", List.of(groupBy))
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void directorateStaffCountTheirBeneficiariesExactly() {
        for (int i = 0; i < 3; i++) {
            placed(basic, "NFE_BASIC", "F", 12, "ENROLLED", "LAA", yearId);
        }
        placed(basic, "NFE_BASIC", "M", 13, "ENDED", "LAA", yearId);
        long moved = placed(basic, "NFE_BASIC", "M", 13, "ENDED", "LAA", yearId);
        place(moved, basic, association, "NFE_BASIC", 13, "ENROLLED", "LAA", yearId); // transferred: still one learner
        placed(e2c, "E2C_NG", "F", 16, "ENROLLED", "LAA", yearId);
        placed(basic, "NFE_BASIC", "F", 12, "WAITING", "LAA", yearId); // not yet a beneficiary

        JsonPath byProgrammeAndSex = stats("PROGRAMME", "SEX");
        assertEquals(6, byProgrammeAndSex.getInt("total"));
        assertEquals(1, byProgrammeAndSex.getInt("minimumCount"));
        assertEquals(1, byProgrammeAndSex.getInt("roundedTo"));
        assertEquals(0, byProgrammeAndSex.getInt("hiddenCells"));
        assertEquals(List.of("LAA"), byProgrammeAndSex.getList("directorates"));
        assertEquals(3, count(byProgrammeAndSex, Map.of("programme", "NFE_BASIC", "sex", "F")));
        assertEquals(2, count(byProgrammeAndSex, Map.of("programme", "NFE_BASIC", "sex", "M")));
        assertEquals(1, count(byProgrammeAndSex, Map.of("programme", "E2C_NG", "sex", "F")));
        assertEquals(3, byProgrammeAndSex.getList("cells").size());

        assertEquals(
                associationName,
                cell(stats("ASSOCIATION"), Map.of("associationId", (int) association))
                        .get("associationNameAr"));
        JsonPath byCentre = stats("CENTRE", "AGE");
        assertEquals(2, count(byCentre, Map.of("centreId", (int) basic, "age", 13)));
        assertEquals(1, count(byCentre, Map.of("centreId", (int) e2c, "age", 16)));

        given().queryParam("schoolYear", year)
                .queryParam("directorate", "BOJ")
                .get(PATH)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().queryParam("schoolYear", year)
                .queryParam("groupBy", "SHOE_SIZE")
                .get(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("schoolYear"));
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void everyGroupStandsBesideItsCountTheYearBefore() {
        assertNull(stats("PROGRAMME").get("previousYearTotal"), "no year before: nothing to compare with");
        long before = schoolYear((Integer.parseInt(year.substring(0, 4)) - 1) + "/" + year.substring(0, 4));
        for (int i = 0; i < 4; i++) {
            placed(e2c, "E2C_NG", "F", 16, "ENDED", "LAA", before);
        }
        for (int i = 0; i < 6; i++) {
            placed(e2c, "E2C_NG", "F", 16, "ENROLLED", "LAA", yearId);
        }
        placed(basic, "NFE_BASIC", "M", 12, "ENROLLED", "LAA", yearId);
        placed(basic, "NFE_BASIC", "M", 12, "ENROLLED", "LAA", yearId);

        JsonPath byProgramme = stats("PROGRAMME");
        assertEquals(8, byProgramme.getInt("total"));
        assertEquals(4, byProgramme.getInt("previousYearTotal"));
        assertEquals(100.0f, byProgramme.getFloat("changePercent"));
        Map<String, Object> e2cCell = cell(byProgramme, Map.of("programme", "E2C_NG"));
        assertEquals(6, e2cCell.get("count"));
        assertEquals(4, e2cCell.get("previousYearCount"));
        assertEquals(50.0f, ((Number) e2cCell.get("changePercent")).floatValue());
        // a group the year before did not have: 0 before, and no percentage
        Map<String, Object> basicCell = cell(byProgramme, Map.of("programme", "NFE_BASIC"));
        assertEquals(0, basicCell.get("previousYearCount"));
        assertNull(basicCell.get("changePercent"));
        // the headline: each programme beside the year before, whatever the groups asked for
        JsonPath bySex = stats("SEX", "AGE");
        Map<String, Object> e2cHeadline = bySex.getMap("programmes.find { it.programme == 'E2C_NG' }");
        assertEquals(6, e2cHeadline.get("count"));
        assertEquals(4, e2cHeadline.get("previousYearCount"));
        assertEquals(50.0f, ((Number) e2cHeadline.get("changePercent")).floatValue());
        assertEquals(2, bySex.getList("programmes").size());
    }

    @Test
    @TestSecurity(user = "analyst.academy", roles = "academy-analyst")
    @OidcSecurity(claims = @Claim(key = "academy", value = "LSH"))
    void theAcademySeesItsDirectoratesWithSmallCountsHidden() {
        long boj = fixtures.association("BOJ", Names.unique("جمعية"));
        long bojCentre = fixtures.centre("BOJ", boj, "NFE_BASIC", "BOJ-BOUJDOUR", Names.unique("قسم"), 200);
        List<Long> girls = new java.util.ArrayList<>();
        List<Long> boys = new java.util.ArrayList<>();
        List<Long> inBoujdour = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            girls.add(placed(basic, "NFE_BASIC", "F", 12, "ENROLLED", "LAA", yearId));
        }
        for (int i = 0; i < 6; i++) {
            boys.add(placed(basic, "NFE_BASIC", "M", 12, "ENROLLED", "LAA", yearId));
        }
        for (int i = 0; i < 2; i++) {
            inBoujdour.add(fixtures.learner("BOJ", boj, "2012-01-01"));
            place(inBoujdour.get(i), bojCentre, boj, "NFE_BASIC", 12, "ENROLLED", "BOJ", yearId);
        }
        List<Long> inLaayoune = new java.util.ArrayList<>(girls);
        inLaayoune.addAll(boys);
        List<Long> everyone = new java.util.ArrayList<>(inLaayoune);
        everyone.addAll(inBoujdour);
        JsonPath byDirectorate = stats("DIRECTORATE", "SEX");
        // 15: published as its learners' keys draw it, within 5 of it and a multiple of 5
        assertEquals(published.forTheAcademy(everyone), byDirectorate.getLong("total"));
        assertEquals(5, byDirectorate.getInt("minimumCount"));
        assertEquals(5, byDirectorate.getInt("roundedTo"));
        // the region's four, and the directorates other tests add to it
        assertTrue(byDirectorate.getList("directorates").containsAll(List.of("BOJ", "LAA", "SMA", "TAR")));
        // BOJ has 2: not listed at all, and not even counted as left out; the others are perturbed and rounded
        assertNull(byDirectorate.get("hiddenCells"));
        assertEquals(List.of("LAA", "LAA"), byDirectorate.getList("cells.directorate"));
        assertEquals(published.forTheAcademy(girls), count(byDirectorate, Map.of("directorate", "LAA", "sex", "F")));
        assertEquals(published.forTheAcademy(boys), count(byDirectorate, Map.of("directorate", "LAA", "sex", "M")));
        // LAA alone (13): the figure of its own learners, however it is asked (DisclosureTest: no difference of such
        // figures gives Boujdour's 2 away)
        assertEquals(
                published.forTheAcademy(inLaayoune),
                given().queryParam("schoolYear", year)
                        .queryParam("directorate", "LAA")
                        .get(PATH)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("total"));
        given().queryParam("schoolYear", year)
                .queryParam("directorate", "BOJ")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("total", nullValue())
                .body("directorates", equalTo(List.of("BOJ")));
        given().queryParam("schoolYear", year)
                .queryParam("directorate", "CAS")
                .get(PATH)
                .then()
                .statusCode(403);
        given().get("/api/v1/learners").then().statusCode(403);

        // the year before, LAA had 2 girls: too few to show beside this year's, and no percentage from them
        long before = schoolYear((Integer.parseInt(year.substring(0, 4)) - 1) + "/" + year.substring(0, 4));
        placed(basic, "NFE_BASIC", "F", 12, "ENDED", "LAA", before);
        placed(basic, "NFE_BASIC", "F", 12, "ENDED", "LAA", before);
        JsonPath withTheYearBefore = stats("DIRECTORATE", "SEX");
        Map<String, Object> girlsCell = cell(withTheYearBefore, Map.of("directorate", "LAA", "sex", "F"));
        assertNull(girlsCell.get("previousYearCount"));
        assertNull(girlsCell.get("changePercent"));
        // and no boy the year before is published like a few: the reader cannot tell none from too few
        assertNull(cell(withTheYearBefore, Map.of("directorate", "LAA", "sex", "M"))
                .get("previousYearCount"));
        assertNull(withTheYearBefore.get("previousYearTotal"));
    }

    @Test
    @TestSecurity(user = "admin.laayoune", roles = "directorate-admin")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void anonymisingALearnerErasesThemAndLeavesTheStatisticsAsTheyWere() {
        long previousYear = schoolYear((Integer.parseInt(year.substring(0, 4)) - 1) + "/" + year.substring(0, 4));
        for (int i = 0; i < 4; i++) {
            placed(basic, "NFE_BASIC", "F", 12, "ENROLLED", "LAA", previousYear);
        }
        String last = Names.unique("الحسني");
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "firstNameAr",
                "سكينة",
                "lastNameAr",
                last,
                "firstNameLatin",
                "Soukaina",
                "lastNameLatin",
                "El Hassani",
                "birthDate",
                "2012-04-17",
                "sex",
                "F",
                "massarCode",
                "K"
                        + (100_000_000
                                + java.util.concurrent.ThreadLocalRandom.current()
                                        .nextInt(899_999_999))));
        body.putAll(Map.of(
                "guardianName",
                "فاطمة " + last,
                "guardianPhone",
                "+212 661 22 33 44",
                "communeCode",
                "LAA-LAAYOUNE",
                "address",
                "حي القدس",
                "associationId",
                association));
        long learner = given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/learners")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        place(learner, basic, association, "NFE_BASIC", 13, "ENDED", "LAA", yearId);
        long placedNow = placed(e2c, "E2C_NG", "M", 16, "ENROLLED", "LAA", yearId);
        placed(basic, "NFE_BASIC", "F", 13, "ENROLLED", "LAA", yearId);

        String before = given().queryParam("schoolYear", year)
                .queryParam("groupBy", List.of("PROGRAMME", "SEX", "AGE", "CENTRE"))
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String beforeByOutcome = stats("OUTCOME", "STATUS", "NATIONALITY").prettify();
        assertEquals(4, stats().getInt("previousYearTotal"));

        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "طلب كتابي من الولي"))
                .post("/api/v1/learners/" + placedNow + "/anonymisation")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", " "))
                .post("/api/v1/learners/" + learner + "/anonymisation")
                .then()
                .statusCode(400);
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "طلب كتابي من الولي"))
                .post("/api/v1/learners/" + learner + "/anonymisation")
                .then()
                .statusCode(200)
                .body("firstNameAr", equalTo("—"))
                .body("lastNameAr", equalTo("—"))
                .body("massarCode", nullValue())
                .body("guardianName", nullValue())
                .body("guardianPhone", nullValue())
                .body("address", nullValue())
                .body("birthDate", equalTo("2012-07-01"))
                .body("sex", equalTo("F"))
                .body("anonymisedAt", org.hamcrest.Matchers.notNullValue());

        assertEquals(
                before,
                given().queryParam("schoolYear", year)
                        .queryParam("groupBy", List.of("PROGRAMME", "SEX", "AGE", "CENTRE"))
                        .get(PATH)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                "the statistics are the same after the anonymisation");
        assertEquals(beforeByOutcome, stats("OUTCOME", "STATUS", "NATIONALITY").prettify());

        assertEquals(
                "0",
                db.string(
                        "SELECT COUNT(*) FROM learner WHERE id = ? AND (last_name_ar LIKE ? OR first_name_latin"
                                + " IS NOT NULL OR massar_code IS NOT NULL OR guardian_phone IS NOT NULL OR address IS NOT NULL)",
                        learner,
                        "%" + last.substring(last.length() - 4) + "%"));
        assertEquals("0", db.string("SELECT COUNT(*) FROM learner_name_token WHERE learner_id = ?", learner));
        given().queryParam("q", last)
                .get("/api/v1/learners")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "firstNameAr",
                        "سكينة",
                        "lastNameAr",
                        last,
                        "birthDate",
                        "2012-04-17",
                        "sex",
                        "F",
                        "version",
                        2))
                .put("/api/v1/learners/" + learner)
                .then()
                .statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "learnerId", learner, "centreId", basic, "schoolYear", "2025/2026", "enrolledOn", "2025-10-06"))
                .post("/api/v1/placements")
                .then()
                .statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "مرة ثانية"))
                .post("/api/v1/learners/" + learner + "/anonymisation")
                .then()
                .statusCode(409);
        assertEquals(
                "1",
                db.string(
                        "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'learners' AND entity_id = ?"
                                + " AND action = 'UPDATE' AND username = 'admin.laayoune'",
                        learner));
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void onlyADirectorateAdminAnonymises() {
        long learner = fixtures.learner("LAA", association, "2012-01-01");
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "طلب"))
                .post("/api/v1/learners/" + learner + "/anonymisation")
                .then()
                .statusCode(403);
        assertNull(db.string("SELECT anonymised_at FROM learner WHERE id = ?", learner));
    }

    static long count(JsonPath stats, Map<String, Object> where) {
        Object value = cell(stats, where).get("count");
        return ((Number) value).longValue();
    }

    static Map<String, Object> cell(JsonPath stats, Map<String, Object> where) {
        List<Map<String, Object>> cells = stats.getList("cells");
        return cells.stream()
                .filter(c ->
                        where.entrySet().stream().allMatch(e -> e.getValue().equals(c.get(e.getKey()))))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + where + " in " + cells));
    }

    /** The file's rows as text: CSV records, or an XLSX's first sheet cell by cell (numbers as whole numbers). */
    static List<List<String>> rows(byte[] file, boolean csv) throws java.io.IOException {
        List<List<String>> rows = new java.util.ArrayList<>();
        if (csv) {
            String text = new String(file, java.nio.charset.StandardCharsets.UTF_8);
            assertEquals('\uFEFF', text.charAt(0), "a byte-order mark, so that Excel reads UTF-8");
            for (org.apache.commons.csv.CSVRecord record : org.apache.commons.csv.CSVFormat.DEFAULT
                    .builder()
                    .setIgnoreEmptyLines(false)
                    .build()
                    .parse(new java.io.StringReader(text.substring(1)))) {
                rows.add(record.toList());
            }
            return rows;
        }
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
            for (int r = 0; r <= book.getSheetAt(0).getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = book.getSheetAt(0).getRow(r);
                List<String> values = new java.util.ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        values.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                    }
                }
                rows.add(values);
            }
        }
        return rows;
    }

    byte[] export(String format, String language, Object... groupBy) {
        return given().queryParam("schoolYear", year)
                .queryParam("groupBy", List.of(groupBy))
                .queryParam("format", format)
                .header("Accept-Language", language)
                .get(PATH + "/export")
                .then()
                .statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .extract()
                .asByteArray();
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void theDirectorateExportsItsExactFiguresInFrenchAsCsv() throws Exception {
        long before = schoolYear((Integer.parseInt(year.substring(0, 4)) - 1) + "/" + year.substring(0, 4));
        for (int i = 0; i < 2; i++) {
            placed(e2c, "E2C_NG", "F", 16, "ENDED", "LAA", before);
        }
        for (int i = 0; i < 3; i++) {
            placed(e2c, "E2C_NG", "F", 16, "ENROLLED", "LAA", yearId);
        }
        placed(basic, "NFE_BASIC", "M", 12, "ENROLLED", "LAA", yearId);

        List<List<String>> rows = rows(export("CSV", "fr", "PROGRAMME", "SEX"), true);
        assertEquals(List.of("Bénéficiaires, année scolaire " + year), rows.get(0));
        assertEquals(List.of("Directions provinciales : LAA"), rows.get(1));
        assertEquals(List.of("Comptés par : Programme, Sexe"), rows.get(2));
        assertTrue(rows.get(3).get(0).startsWith("Généré le "));
        assertTrue(rows.get(4).get(0).startsWith("Comptes exacts"));
        int header = 6;
        assertEquals(
                List.of("Programme", "Sexe", "Bénéficiaires", "Année précédente", "Évolution (%)"), rows.get(header));
        // the same cells as the API's answer, in its order, then the total
        JsonPath published = stats("PROGRAMME", "SEX");
        List<Map<String, Object>> cells = published.getList("cells");
        assertEquals(cells.size() + 2, rows.size() - header);
        List<String> e2cGirls = rows.stream()
                .filter(r -> r.contains("E2C nouvelle génération"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("E2C nouvelle génération", "Fille", "3", "2", "50.0"), e2cGirls);
        List<String> boys =
                rows.stream().filter(r -> r.contains("Garçon")).findFirst().orElseThrow();
        assertEquals("1", boys.get(2));
        assertEquals(List.of("Total", "", "4", "2", "100.0"), rows.get(rows.size() - 1));
    }

    @Test
    @TestSecurity(user = "analyst.academy", roles = "academy-analyst")
    @OidcSecurity(claims = @Claim(key = "academy", value = "LSH"))
    void theAcademyExportsRoundedFiguresInArabicAsXlsxWithoutSmallGroups() throws Exception {
        List<Long> girls = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            girls.add(placed(basic, "NFE_BASIC", "F", 12, "ENROLLED", "LAA", yearId));
        }
        List<Long> everyone = new java.util.ArrayList<>(girls);
        for (int i = 0; i < 2; i++) {
            everyone.add(placed(basic, "NFE_BASIC", "M", 12, "ENROLLED", "LAA", yearId));
        }
        byte[] file = export("XLSX", "ar", "SEX");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            assertTrue(book.getSheetAt(0).isRightToLeft(), "an Arabic sheet reads right to left");
        }
        List<List<String>> rows = rows(file, false);
        assertEquals("المستفيدون، الموسم الدراسي " + year, rows.get(0).get(0));
        assertTrue(
                rows.get(4).get(0).contains("أقرب مضاعف للعدد 5"), rows.get(4).get(0));
        assertTrue(
                rows.get(4).get(0).contains("دون ذكر عددها"),
                "groups left out, without saying how many: " + rows.get(4).get(0));
        assertEquals(List.of("الجنس", "المستفيدون", "الموسم السابق", "التطور (%)"), rows.get(6));
        // 7, published as the girls' keys draw it
        assertEquals(
                List.of("أنثى", String.valueOf(published.forTheAcademy(girls))),
                rows.get(7).subList(0, 2));
        assertTrue(rows.stream().noneMatch(r -> r.contains("ذكر")), "the 2 boys' group is not in the file");
        assertEquals(
                List.of("المجموع", String.valueOf(published.forTheAcademy(everyone))),
                rows.get(8).subList(0, 2));
        assertEquals(9, rows.size());
    }

    /** An agreement of the association for the test's year, with its targets, tranches and (maybe) centres. */
    long agreement(Map<String, Integer> targets, List<Long> centres) {
        String reference = Names.unique("AGR").replace(" ", "-");
        db.update(
                "INSERT INTO agreement (directorate_code, association_id, reference, status, signed_on, starts_on, ends_on,"
                        + " budget_mad, created_at, updated_at) VALUES ('LAA', ?, ?, 'ACTIVE', ?, ?, ?, 100000, NOW(6), NOW(6))",
                association,
                reference,
                year.substring(0, 4) + "-08-01",
                year.substring(0, 4) + "-09-01",
                year.substring(5) + "-07-31");
        long id = Long.parseLong(db.string("SELECT id FROM agreement WHERE reference = ?", reference));
        db.update("INSERT INTO agreement_school_year (agreement_id, school_year_id) VALUES (?, ?)", id, yearId);
        targets.forEach((programme, target) -> db.update(
                "INSERT INTO agreement_programme (agreement_id, programme, target_beneficiaries) VALUES (?, ?, ?)",
                id,
                programme,
                target));
        for (long centre : centres) {
            db.update("INSERT INTO agreement_centre (agreement_id, centre_id) VALUES (?, ?)", id, centre);
        }
        String first = year.substring(0, 4);
        db.update(
                "INSERT INTO agreement_tranche (agreement_id, seq, amount_mad, due_on, paid_on) VALUES"
                        + " (?, 0, 30000, ?, ?), (?, 1, 40000, ?, NULL), (?, 2, 30000, ?, NULL)",
                id,
                first + "-09-15",
                first + "-09-20",
                id,
                first + "-12-31",
                id,
                year.substring(5) + "-06-30");
        return id;
    }

    JsonPath progress() {
        return progress(Map.of());
    }

    JsonPath progress(Map<String, Object> filter) {
        return given().queryParam("schoolYear", year)
                .queryParams(filter)
                .queryParam("asOf", year.substring(5) + "-01-15")
                .get("/api/v1/statistics/agreements")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    @TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
    void eachAgreementStandsBesideItsTargetsAndItsMoney() {
        long elsewhere = fixtures.centre("LAA", association, "NFE_BASIC", "LAA-LAAYOUNE", Names.unique("قسم"), 200);
        long withCentres = agreement(Map.of("NFE_BASIC", 4, "E2C_NG", 10), List.of(basic, e2c));
        long byAssociation = agreement(Map.of("NFE_BASIC", 5), List.of());
        for (int i = 0; i < 3; i++) {
            placed(basic, "NFE_BASIC", "F", 12, "ENROLLED", "LAA", yearId);
        }
        long moved = placed(e2c, "E2C_NG", "M", 16, "ENDED", "LAA", yearId);
        place(moved, e2c, association, "E2C_NG", 16, "ENROLLED", "LAA", yearId); // the same learner twice: once
        placed(e2c, "E2C_NG", "F", 16, "ENROLLED", "LAA", yearId);
        placed(e2c, "E2C_NG", "F", 16, "WAITING", "LAA", yearId); // not yet reached
        placed(elsewhere, "NFE_BASIC", "M", 12, "ENROLLED", "LAA", yearId); // not one of the first agreement's centres
        // moved from one of the association's centres to another: once for the association's agreement
        long transferred = placed(basic, "NFE_BASIC", "F", 12, "ENDED", "LAA", yearId);
        place(transferred, elsewhere, association, "NFE_BASIC", 12, "ENROLLED", "LAA", yearId);

        JsonPath all = progress();
        Map<String, Object> first = all.getMap("agreements.find { it.agreementId == " + withCentres + " }");
        assertEquals(List.of(4, 2), List.of(actual(first, "NFE_BASIC"), actual(first, "E2C_NG")));
        assertEquals(100.0f, achieved(first, "NFE_BASIC"));
        assertEquals(20.0f, achieved(first, "E2C_NG"));
        assertEquals(2, first.get("tranchesDue"));
        assertEquals(70000.0f, ((Number) first.get("dueMad")).floatValue());
        assertEquals(1, first.get("tranchesPaid"));
        assertEquals(1, first.get("tranchesOverdue"));
        assertEquals(40000.0f, ((Number) first.get("overdueMad")).floatValue());
        // an agreement that names no centre counts the association's learners at any of its centres
        Map<String, Object> second = all.getMap("agreements.find { it.agreementId == " + byAssociation + " }");
        assertEquals(5, actual(second, "NFE_BASIC"));
        assertEquals(100.0f, achieved(second, "NFE_BASIC"));

        // narrowed: to a programme (each agreement's target for it only), and to the agreements a centre is under
        JsonPath e2cOnly = progress(Map.of("programme", "E2C_NG"));
        assertEquals(List.of(withCentres), e2cOnly.getList("agreements.agreementId", Long.class));
        assertEquals(List.of("E2C_NG"), e2cOnly.getList("agreements[0].programmes.programme"));
        assertEquals(2, actual(e2cOnly.getMap("agreements[0]"), "E2C_NG"));
        // "elsewhere" is not named by the first agreement, but the second names none and is its association's
        assertEquals(
                List.of(byAssociation),
                progress(Map.of("centre", elsewhere)).getList("agreements.agreementId", Long.class));
        assertEquals(
                java.util.Set.of(withCentres, byAssociation),
                java.util.Set.copyOf(progress(Map.of("centre", basic, "association", association))
                        .getList("agreements.agreementId", Long.class)));
        long other = fixtures.association("LAA", Names.unique("جمعية"));
        assertEquals(List.of(), progress(Map.of("association", other)).getList("agreements"));
    }

    @Test
    @TestSecurity(user = "analyst.academy", roles = "academy-analyst")
    @OidcSecurity(claims = @Claim(key = "academy", value = "LSH"))
    void theAcademyReadsTheAgreementsWithTheirCountsPublishedAsEveryCount() {
        long id = agreement(Map.of("NFE_BASIC", 10, "E2C_NG", 10), List.of(basic, e2c));
        List<Long> learners = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            learners.add(placed(basic, "NFE_BASIC", "F", 12, "ENROLLED", "LAA", yearId));
        }
        placed(e2c, "E2C_NG", "F", 16, "ENROLLED", "LAA", yearId);
        Map<String, Object> seen = progress().getMap("agreements.find { it.agreementId == " + id + " }");
        long actual = published.forTheAcademy(learners); // 7, as the learners' keys draw it: 5 or 10
        assertEquals(actual, actual(seen, "NFE_BASIC"));
        assertEquals(actual * 10.0f, achieved(seen, "NFE_BASIC"));
        assertNull(programme(seen, "E2C_NG").get("actual"), "one learner: too few to publish");
        assertNull(programme(seen, "E2C_NG").get("achievedPercent"));
        assertEquals(2, seen.get("tranchesDue"), "money is not about children: exact");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> programme(Map<String, Object> agreement, String programme) {
        return ((List<Map<String, Object>>) agreement.get("programmes"))
                .stream()
                        .filter(p -> programme.equals(p.get("programme")))
                        .findFirst()
                        .orElseThrow();
    }

    static int actual(Map<String, Object> agreement, String programme) {
        return ((Number) programme(agreement, programme).get("actual")).intValue();
    }

    static float achieved(Map<String, Object> agreement, String programme) {
        return ((Number) programme(agreement, programme).get("achievedPercent")).floatValue();
    }
}
