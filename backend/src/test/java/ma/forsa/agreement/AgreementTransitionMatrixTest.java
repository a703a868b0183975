package ma.forsa.agreement;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import ma.forsa.testing.Db;
import ma.forsa.testing.Fixtures;
import ma.forsa.testing.Names;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pair of statuses: the moves of the lifecycle are allowed when their rules hold, every
 * other move is refused with 409 and changes nothing.
 */
@QuarkusTest
@TestSecurity(user = "staff.laayoune", roles = "directorate-staff")
@OidcSecurity(claims = @Claim(key = "directorate", value = "LAA"))
class AgreementTransitionMatrixTest {

    @Inject
    Db db;

    @Inject
    Fixtures fixtures;

    static java.util.stream.Stream<Arguments> pairs() {
        return java.util.Arrays.stream(AgreementStatus.values())
                .flatMap(from ->
                        java.util.Arrays.stream(AgreementStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("pairs")
    void onlyTheLifecycleMovesAreAllowed(AgreementStatus from, AgreementStatus to) {
        long association = fixtures.association("LAA", Names.unique("جمعية"));
        long centre = fixtures.centre("LAA", association, "E2C_NG", "LAA-LAAYOUNE", Names.unique("مركز"), 20);
        String reference = Names.unique("MATRIX").replace(" ", "-");
        db.update(
                "INSERT INTO agreement (directorate_code, association_id, reference, status, signed_on, starts_on, ends_on,"
                        + " budget_mad, created_at, updated_at) VALUES ('LAA', ?, ?, ?, '2025-09-16', '2025-09-16', '2026-07-31', 0,"
                        + " NOW(6), NOW(6))",
                association,
                reference,
                from.name());
        long id = Long.parseLong(db.string("SELECT id FROM agreement WHERE reference = ?", reference));
        db.update("INSERT INTO agreement_centre (agreement_id, centre_id) VALUES (?, ?)", id, centre);
        db.update(
                "INSERT INTO agreement_document (agreement_id, file_name, size_bytes, sha256, content, uploaded_at, uploaded_by)"
                        + " VALUES (?, 'a.pdf', 5, 'x', '%PDF-', NOW(6), 'test')",
                id);
        boolean allowed = from.next().contains(to);
        given().contentType(ContentType.JSON)
                .body(Map.of("to", to.name(), "reason", "matrix"))
                .post("/api/v1/agreements/" + id + "/transitions")
                .then()
                .statusCode(allowed ? 200 : 409);
        assertEquals(allowed ? to.name() : from.name(), db.string("SELECT status FROM agreement WHERE id = ?", id));
        assertEquals(
                allowed ? 1 : 0,
                db.longValue("SELECT COUNT(*) FROM agreement_status_change WHERE agreement_id = " + id));
    }
}
