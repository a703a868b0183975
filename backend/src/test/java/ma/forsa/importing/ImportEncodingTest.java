package ma.forsa.importing;

import static io.restassured.RestAssured.given;
import static ma.forsa.importing.ImportResourceTest.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import ma.forsa.testing.Db;
import org.junit.jupiter.api.Test;

/**
 * The same learners saved by Excel and other tools in the encodings and separators associations
 * use: each file must give the same learners, byte for byte; a file that is not text saves nothing.
 */
@QuarkusTest
@TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
@OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
class ImportEncodingTest {

    static final String PATH = "/api/v1/imports";
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final List<String> COLUMNS = List.of(
            "first_name_ar",
            "last_name_ar",
            "first_name_latin",
            "last_name_latin",
            "birth_date",
            "sex",
            "guardian_name",
            "address");

    @Inject
    Db db;

    /** Hamza forms, taa marbuta, alif maqsura, French accents, and cells holding ',', ';' and the Arabic comma. */
    static List<List<String>> learners(String tag) {
        return List.of(
                List.of(
                        "أسماء",
                        "الإدريسي " + tag,
                        "Asmâa",
                        "El Idrissi" + tag,
                        "2011-03-14",
                        "F",
                        "فاطمة الزهراء",
                        "حي الوحدة، زنقة 5; رقم 3, العيون"),
                List.of(
                        "مصطفى",
                        "بن عيسى " + tag,
                        "Mustapha",
                        "Benaïssa" + tag,
                        "14/09/2012",
                        "M",
                        "ولي الأمر: عائشة",
                        "دوار آيت بوزيد"),
                List.of(
                        "هبة",
                        "المؤذن " + tag,
                        "Hèba",
                        "El Mouaddine" + tag,
                        "2010-12-31",
                        "F",
                        "إبراهيم ئ",
                        "Hay Lâayoune, ç"));
    }

    static String text(String tag, char separator) {
        StringBuilder out = new StringBuilder(String.join(String.valueOf(separator), COLUMNS)).append("\r\n");
        for (List<String> row : learners(tag)) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                boolean quote =
                        cell.indexOf(separator) >= 0 || cell.contains(",") || cell.contains(";") || cell.contains("\"");
                cells.add(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            out.append(String.join(String.valueOf(separator), cells)).append("\r\n");
        }
        return out.toString();
    }

    record Variant(String name, Charset charset, byte[] mark, char separator) {

        byte[] bytes(String tag) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(mark);
            out.writeBytes(text(tag, separator).getBytes(charset));
            return out.toByteArray();
        }
    }

    static final byte[] NONE = {};
    static final byte[] UTF8_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final byte[] UTF16LE_MARK = {(byte) 0xFF, (byte) 0xFE};
    static final byte[] UTF16BE_MARK = {(byte) 0xFE, (byte) 0xFF};

    static final List<Variant> VARIANTS = List.of(
            new Variant("UTF-8 ,", StandardCharsets.UTF_8, NONE, ','),
            new Variant("UTF-8 ;", StandardCharsets.UTF_8, NONE, ';'),
            new Variant("UTF-8 with BOM ,", StandardCharsets.UTF_8, UTF8_MARK, ','),
            new Variant("UTF-8 with BOM ;", StandardCharsets.UTF_8, UTF8_MARK, ';'),
            new Variant("UTF-16 (Excel's Unicode text, tabs)", StandardCharsets.UTF_16LE, UTF16LE_MARK, '\t'),
            new Variant("UTF-16LE ,", StandardCharsets.UTF_16LE, UTF16LE_MARK, ','),
            new Variant("UTF-16BE ;", StandardCharsets.UTF_16BE, UTF16BE_MARK, ';'),
            new Variant("UTF-16LE without BOM ;", StandardCharsets.UTF_16LE, NONE, ';'),
            new Variant("Windows-1256 , (Excel CSV, Arabic Windows)", WINDOWS_1256, NONE, ','),
            new Variant("Windows-1256 ;", WINDOWS_1256, NONE, ';'));

    @Test
    void everyEncodingAndSeparatorGivesTheSameLearnersByteForByte() {
        String tag = ImportResourceTest.tag();
        String expected = null;
        for (Variant variant : VARIANTS) {
            String saved = importAndRead(variant, tag);
            List<String> hex = new ArrayList<>();
            for (List<String> row : learners(tag)) {
                for (int i : new int[] {0, 1, 2, 3, 6, 7}) {
                    hex.add(HexFormat.of().withUpperCase().formatHex(row.get(i).getBytes(StandardCharsets.UTF_8)));
                }
            }
            assertEquals(String.join("|", hex), saved, variant.name() + ": the names are stored as typed, in UTF-8");
            if (expected == null) {
                expected = saved;
            }
            assertEquals(expected, saved, variant.name());
            forget(tag);
        }
    }

    @Test
    void theDryRunShowsTheRowsAsTheyWillBeSaved() {
        String tag = ImportResourceTest.tag();
        Variant arabicExcel = VARIANTS.get(9);
        JsonPath job = upload(arabicExcel.bytes(tag));
        assertEquals("VALIDATED", job.getString("status"));
        given().get(PATH + "/" + job.getLong("id") + "/preview")
                .then()
                .statusCode(200)
                .body("encoding", equalTo("Windows-1256"))
                .body("separator", equalTo(";"))
                .body("totalRows", equalTo(3))
                .body("rows.size()", equalTo(3))
                .body("rows[0].line", equalTo(2))
                .body("rows[0].lastNameAr", equalTo("الإدريسي " + tag))
                .body("rows[0].firstNameLatin", equalTo("Asmâa"))
                .body("rows[1].birthDate", equalTo("2012-09-14"))
                .body("rows[1].sex", equalTo("M"))
                .body("rows[1].nationality", equalTo("MA"));
        given().queryParam("size", 1)
                .get(PATH + "/" + job.getLong("id") + "/preview")
                .then()
                .statusCode(200)
                .body("rows.size()", equalTo(1));
        given().queryParam("size", 0)
                .get(PATH + "/" + job.getLong("id") + "/preview")
                .then()
                .statusCode(400);
        assertEquals(
                0,
                db.longValue("SELECT COUNT(*) FROM learner WHERE last_name_latin LIKE '%" + tag + "'"),
                "a dry run and its preview save nothing");
        JsonPath invalid =
                upload(text(tag, ',').replace("2011-03-14", "2011-02-30").getBytes(StandardCharsets.UTF_8));
        assertEquals("INVALID", invalid.getString("status"));
        given().get(PATH + "/" + invalid.getLong("id") + "/preview").then().statusCode(409);
    }

    @Test
    void aFileThatIsNotTextIsRefusedWithItsLineAndNothingIsSaved() {
        String tag = ImportResourceTest.tag();
        byte[] utf8 = text(tag, ',').getBytes(StandardCharsets.UTF_8);
        // line 3 of an otherwise UTF-8 file cut in the middle of a letter (what a broken copy gives)
        int third = indexOfLine(utf8, 3);
        byte[] broken = utf8.clone();
        broken[third] = (byte) 0xD9;
        broken[third + 1] = ',';
        byte[] nul = "first_name_ar,last_name_ar,birth_date,sex\r\nabc,d\u0000ef,2011-01-01,F\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] loneSurrogate = new Variant("UTF-16", StandardCharsets.UTF_16LE, UTF16LE_MARK, ',').bytes(tag);
        int second = indexOfUtf16Line(loneSurrogate, 2);
        loneSurrogate[second] = 0x00;
        loneSurrogate[second + 1] = (byte) 0xDC;
        long jobs = db.count("import_job");
        long learners = db.count("learner");
        refused(broken, 3);
        refused(nul, 2);
        refused(loneSurrogate, 2);
        assertEquals(jobs, db.count("import_job"), "a refused file is not kept");
        assertEquals(learners, db.count("learner"));
    }

    private static void refused(byte[] file, int line) {
        given().contentType("text/csv")
                .body(file)
                .post(PATH)
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", endsWith("/file-not-text"))
                .body("line", equalTo(line))
                .body("detail", containsString("Line " + line))
                .body("errors[0].field", equalTo("file"));
    }

    private String importAndRead(Variant variant, String tag) {
        JsonPath job = upload(variant.bytes(tag));
        assertEquals("VALIDATED", job.getString("status"), variant.name() + ": " + job.getString("message"));
        given().post(PATH + "/" + job.getLong("id") + "/commit").then().statusCode(202);
        JsonPath done = await(job.getLong("id"));
        assertEquals("COMMITTED", done.getString("status"), variant.name());
        assertEquals(3, done.getInt("createdLearners"), variant.name());
        return db.string(
                "SELECT GROUP_CONCAT(CONCAT_WS('|', HEX(first_name_ar), HEX(last_name_ar), HEX(first_name_latin),"
                        + " HEX(last_name_latin), HEX(guardian_name), HEX(address)) ORDER BY id SEPARATOR '|') FROM learner"
                        + " WHERE last_name_latin LIKE ?",
                "%" + tag);
    }

    private static JsonPath upload(byte[] file) {
        long id = given().contentType("text/csv")
                .body(file)
                .queryParam("fileName", "learners.csv")
                .post(PATH)
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");
        return await(id);
    }

    /** The learners of one variant go, so that the next file brings the same people in again. */
    private void forget(String tag) {
        String ids = "SELECT id FROM learner WHERE last_name_latin LIKE '%" + tag + "'";
        db.update("DELETE FROM learner_name_token WHERE learner_id IN (" + ids + ")");
        db.update("DELETE FROM learner_consent_purpose WHERE learner_id IN (" + ids + ")");
        db.update("DELETE FROM learner WHERE last_name_latin LIKE ?", "%" + tag);
    }

    private static int indexOfLine(byte[] bytes, int line) {
        int seen = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (seen == line) {
                return i;
            }
            seen += bytes[i] == '\n' ? 1 : 0;
        }
        throw new IllegalArgumentException("no line " + line);
    }

    private static int indexOfUtf16Line(byte[] bytes, int line) {
        int seen = 1;
        for (int i = 2; i + 1 < bytes.length; i += 2) {
            if (seen == line) {
                return i;
            }
            seen += bytes[i] == '\n' && bytes[i + 1] == 0 ? 1 : 0;
        }
        throw new IllegalArgumentException("no line " + line);
    }
}
