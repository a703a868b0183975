package ma.forsa.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.forsa.testing.Db;
import org.junit.jupiter.api.Test;

/** utf8mb4 from the connection to every text column, so Arabic round-trips byte for byte. */
@QuarkusTest
class Utf8mb4SchemaTest {

    @Inject
    Db db;

    @Test
    void everyTextColumnIsUtf8mb4() {
        long others = db.longValue("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND character_set_name IS NOT NULL AND character_set_name <> 'utf8mb4' "
                + "AND table_name <> 'flyway_schema_history'");
        assertEquals(0, others, "text columns not in utf8mb4");
    }

    @Test
    void theConnectionSpeaksUtf8mb4() {
        assertEquals("utf8mb4", db.string("SELECT @@character_set_connection"));
        assertEquals("utf8mb4", db.string("SELECT @@character_set_client"));
        assertEquals("utf8mb4", db.string("SELECT @@character_set_results"));
    }

    @Test
    void referenceTerritoryIsLoaded() {
        assertEquals(4, db.count("directorate"));
        assertEquals("المرسى", db.string("SELECT name_ar FROM commune WHERE code = 'LAA-ELMARSA'"));
    }
}
