package ma.forsa.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import ma.forsa.common.i18n.Language;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.i18n.Messages;
import ma.forsa.statistics.BeneficiaryCounts;
import ma.forsa.testing.Db;
import ma.forsa.testing.Fixtures;
import ma.forsa.testing.Names;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
@OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
class ImportResourceTest {

    static final String PATH = "/api/v1/imports";
    static final String HEADER =
            "first_name_ar,last_name_ar,first_name_latin,last_name_latin,birth_date,sex,massar_code,"
                    + "commune_code,consent_given_by,consent_given_on,consent_purposes,centre_id,school_year\n";

    @Inject
    Db db;

    @Inject
    Fixtures fixtures;

    @Inject
    BeneficiaryCounts beneficiaries;

    static JsonPath upload(byte[] file, String contentType) {
        long id = given().contentType(contentType)
                .body(file)
                .queryParam("fileName", "متعلمون.csv")
                .post(PATH)
                .then()
                .statusCode(202)
                .body("status", equalTo("VALIDATING"))
                .extract()
                .jsonPath()
                .getLong("id");
        return await(id);
    }

    static JsonPath await(long id) {
        for (int i = 0; i < 300; i++) {
            JsonPath job = given().get(PATH + "/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            String status = job.getString("status");
            if (!status.equals("VALIDATING") && !status.equals("COMMITTING")) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    static byte[] csv(String... rows) {
        return (HEADER + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static String tag() {
        return Names.unique("").strip().replace("-", "");
    }

    @Test
    void aDryRunSavesNothingThenTheCommitSavesEverything() {
        long association = fixtures.association("LAA", Names.unique("جمعية"));
        long centre = fixtures.centre("LAA", association, "E2C_NG", "LAA-LAAYOUNE", Names.unique("مركز"), 10);
        String t = tag();
        byte[] file = csv(
                "فاطمة,العلوي " + t + ",Fatima,Alaoui" + t
                        + ",2010-05-14,F,,LAA-ELMARSA,عائشة,2025-09-20,EDUCATIONAL_FOLLOW_UP;STATISTICS," + centre
                        + ",2025/2026",
                "يوسف,بنعلي " + t + ",Youssef,Benali" + t + ",14/03/2009,M,,,,,,,",
                "مريم,السالمي " + t + ",,,2012-01-30,F,,LAA-DCHEIRA,,,,,");
        long learners = db.count("learner");
        long placements = db.count("placement");
        JsonPath job = upload(file, "text/csv");
        assertEquals("VALIDATED", job.getString("status"));
        assertEquals(3, job.getInt("totalRows"));
        assertEquals(3, job.getInt("processedRows"));
        assertEquals(learners, db.count("learner"));
        long id = job.getLong("id");
        given().post(PATH + "/" + id + "/commit").then().statusCode(202).body("status", equalTo("COMMITTING"));
        job = await(id);
        assertEquals("COMMITTED", job.getString("status"));
        assertEquals(3, job.getInt("createdLearners"));
        assertEquals(1, job.getInt("createdPlacements"));
        assertEquals(learners + 3, db.count("learner"));
        assertEquals(placements + 1, db.count("placement"));
        assertEquals(
                "العلوي " + t, db.string("SELECT last_name_ar FROM learner WHERE last_name_latin = ?", "Alaoui" + t));
        given().queryParam("q", "فاطمه العلوى " + t)
                .get("/api/v1/learners")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
        given().queryParam("q", "alaoui" + t.toLowerCase())
                .get("/api/v1/learners")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
        given().post(PATH + "/" + id + "/commit").then().statusCode(409);
        assertEquals(
                "0",
                db.string("SELECT LENGTH(content) FROM import_job WHERE id = ?", id),
                "the file is not kept once committed");
        // the imported placement is in the statistic
        beneficiaries.assertExact(db.longValue("SELECT id FROM school_year WHERE code = '2025/2026'"), List.of("LAA"));
    }

    @Test
    void oneBadRowSavesNothingAndEveryBadRowIsReportedWithItsLine() {
        String t = tag();
        byte[] file = csv(
                "أمين,الصالحي " + t + ",,,2010-05-14,M,,,,,,,",
                "سارة,الصالحي " + t + ",,,2010-02-30,F,,,,,,,",
                "هند,الصالحي " + t + ",,,2011-01-01,X,12345,BOJ-BOUJDOUR,,,,,",
                "أمين,الصالحي " + t + ",,,2010-05-14,M,,,,,,,",
                "ليلى,الصالحي " + t + ",,,2016-01-01,F,,,,,,999999999,2025/2026");
        long learners = db.count("learner");
        JsonPath job = upload(file, "text/csv");
        assertEquals("INVALID", job.getString("status"));
        long id = job.getLong("id");
        given().queryParam("size", 100)
                .get(PATH + "/" + id + "/errors")
                .then()
                .statusCode(200)
                .body("items.line", hasItem(3))
                .body("items.line", hasItem(4))
                .body("items.line", hasItem(5))
                .body("items.line", hasItem(6))
                .body("items.column", hasItem("birth_date"))
                .body("items.column", hasItem("sex"))
                .body("items.column", hasItem("massar_code"))
                .body("items.column", hasItem("commune_code"))
                .body("items.column", hasItem("centre_id"))
                .body("items.findAll { it.line == 5 }.message", hasItem(containsString("twice in the file")));
        given().post(PATH + "/" + id + "/commit").then().statusCode(409).contentType("application/problem+json");
        assertEquals(learners, db.count("learner"));
        // the report speaks its reader's language, whoever uploaded the file
        given().header("Accept-Language", "ar-MA")
                .queryParam("size", 100)
                .get(PATH + "/" + id + "/errors")
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.line == 5 }.message",
                        hasItem(Messages.text(Language.AR, Message.IMPORT_NAME_TWICE)))
                .body(
                        "items.findAll { it.column == 'sex' }.message",
                        hasItem(Messages.text(Language.AR, Message.IMPORT_SEX)));
        given().header("Accept-Language", "fr")
                .queryParam("size", 100)
                .get(PATH + "/" + id + "/errors")
                .then()
                .body(
                        "items.findAll { it.column == 'sex' }.message",
                        hasItem(Messages.text(Language.FR, Message.IMPORT_SEX)));
    }

    @Test
    void anXlsxWorkbookIsReadWithItsDateCells() throws IOException {
        String t = tag();
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("المتعلمون");
            Row header = sheet.createRow(0);
            List<String> columns = List.of("الاسم", "النسب", "Date de naissance", "Sexe");
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
            }
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("حمزة");
            row.createCell(1).setCellValue("الركيبي " + t);
            row.createCell(2).setCellValue(LocalDate.of(2009, 11, 2));
            row.getCell(2).setCellStyle(dateStyle);
            row.createCell(3).setCellValue("ذكر");
            book.write(out);
            workbook = out.toByteArray();
        }
        JsonPath job = upload(workbook, ImportResource.XLSX);
        assertEquals("VALIDATED", job.getString("status"), job.prettify());
        assertEquals("XLSX", job.getString("format"));
        long id = job.getLong("id");
        given().post(PATH + "/" + id + "/commit").then().statusCode(202);
        assertEquals("COMMITTED", await(id).getString("status"));
        assertEquals("2009-11-02", db.string("SELECT birth_date FROM learner WHERE last_name_ar = ?", "الركيبي " + t));
    }

    @Test
    void aWrongHeaderOrAFileThatIsNotATableIsRefused() {
        JsonPath job = upload("prenom_ar,nom_ar,shoe_size\nا,ب,42\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals("INVALID", job.getString("status"));
        given().get(PATH + "/" + job.getLong("id") + "/errors")
                .then()
                .body("items.line", hasItem(1))
                .body("items.column", hasItem("shoe_size"))
                .body("items.column", hasItem("birth_date"));
        given().contentType("application/octet-stream")
                .body(new byte[] {0, 1, 2, 3, 0, 5})
                .post(PATH)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        JsonPath broken = upload(new byte[] {'P', 'K', 3, 4, 9, 9, 9}, ImportResource.XLSX);
        assertEquals("FAILED", broken.getString("status"));
        given().contentType("application/json").body("{}").post(PATH).then().statusCode(415);
    }

    @Test
    @TestSecurity(user = "assoc.import", roles = "association-staff")
    @OidcSecurity(
            claims = {@Claim(key = "directorate", value = "LAA"), @Claim(key = "association_id", value = "900601")})
    void associationStaffImportIntoTheirCentresOnly() {
        fixtures.associationWithId(900601, "LAA");
        long other = fixtures.association("LAA", Names.unique("جمعية"));
        long foreign = fixtures.centre("LAA", other, "E2C_NG", "LAA-LAAYOUNE", Names.unique("مركز"), 10);
        JsonPath job =
                upload(csv("نور,الداودي " + tag() + ",,,2009-05-05,F,,,,,," + foreign + ",2025/2026"), "text/csv");
        assertEquals("INVALID", job.getString("status"));
        given().get(PATH + "/" + job.getLong("id") + "/errors").then().body("items.column", hasItem("centre_id"));
    }

    @Test
    @TestSecurity(user = "staff.semara", roles = "directorate-staff")
    @OidcSecurity(claims = @Claim(key = "directorate", value = "SMA"))
    void anotherDirectoratesImportIsNotFound() {
        db.update(
                "INSERT INTO import_job (directorate_code, created_by, file_name, format, content, status, created_at, updated_at)"
                        + " VALUES ('LAA', 'staff.laayoune', 'laayoune.csv', 'CSV', X'61', 'VALIDATED', NOW(6), NOW(6))");
        long id = db.longValue("SELECT MAX(id) FROM import_job WHERE directorate_code = 'LAA'");
        given().get(PATH + "/" + id).then().statusCode(404);
        given().get(PATH + "/" + id + "/errors").then().statusCode(404);
        given().post(PATH + "/" + id + "/commit").then().statusCode(404);
        given().get(PATH)
                .then()
                .statusCode(200)
                .body("items.findAll { it.createdBy != 'staff.semara' }.size()", equalTo(0));
    }

    @Test
    void anEnrolmentDateFallsWithinItsSchoolYearAndDefaultsToOneThatDoes() {
        long association = fixtures.association("LAA", Names.unique("جمعية"));
        long centre = fixtures.centre("LAA", association, "NFE_BASIC", "LAA-LAAYOUNE", Names.unique("قسم"), 10);
        String t = tag();
        String header = "first_name_ar,last_name_ar,last_name_latin,birth_date,sex,centre_id,school_year,enrolled_on\n";
        byte[] outside = (header + "نور,الهدى " + t + ",Houda" + t + ",2013-01-01,F," + centre
                        + ",2025/2026,2025-08-31\n" + "سعيد,الهدى " + t + ",Houdb" + t + ",2013-02-01,M," + centre
                        + ",2025/2026,01/08/2026\n")
                .getBytes(StandardCharsets.UTF_8);
        JsonPath refused = upload(outside, "text/csv");
        assertEquals("INVALID", refused.getString("status"));
        given().get(PATH + "/" + refused.getLong("id") + "/errors")
                .then()
                .body("items.line", org.hamcrest.Matchers.contains(2, 3))
                .body("items.column", org.hamcrest.Matchers.everyItem(equalTo("enrolled_on")))
                .body("items[0].message", containsString("2025-09-01 to 2026-07-31"));

        byte[] inside = (header + "نور,الهدى " + t + ",Houda" + t + ",2013-01-01,F," + centre
                        + ",2025/2026,2026-07-31\n" + "سعيد,الهدى " + t + ",Houdb" + t + ",2013-02-01,M," + centre
                        + ",2025/2026,\n")
                .getBytes(StandardCharsets.UTF_8);
        JsonPath job = upload(inside, "text/csv");
        assertEquals("VALIDATED", job.getString("status"));
        given().post(PATH + "/" + job.getLong("id") + "/commit").then().statusCode(202);
        assertEquals("COMMITTED", await(job.getLong("id")).getString("status"));
        LocalDate today = LocalDate.now();
        LocalDate start = LocalDate.parse("2025-09-01");
        String proposed =
                (today.isBefore(start) || today.isAfter(LocalDate.parse("2026-07-31")) ? start : today).toString();
        assertEquals(
                "2026-07-31",
                db.string(
                        "SELECT p.enrolled_on FROM placement p JOIN learner l ON l.id = p.learner_id"
                                + " WHERE l.last_name_latin = ?",
                        "Houda" + t));
        assertEquals(
                proposed,
                db.string(
                        "SELECT p.enrolled_on FROM placement p JOIN learner l ON l.id = p.learner_id"
                                + " WHERE l.last_name_latin = ?",
                        "Houdb" + t),
                "no date: today while the year runs, otherwise its first day");
    }
}
