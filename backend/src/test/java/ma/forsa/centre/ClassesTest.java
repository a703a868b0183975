package ma.forsa.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassesTest {

    @Test
    void classesFillInOrderAndTheLastHoldsTheRest() {
        assertEquals(1, Classes.firstFree(45, 20, Map.of()));
        assertEquals(2, Classes.firstFree(45, 20, Map.of(1, 20L)));
        assertEquals(3, Classes.firstFree(45, 20, Map.of(1, 20L, 2, 20L, 3, 4L)));
        assertEquals(1, Classes.firstFree(45, 20, Map.of(1, 19L, 2, 20L)));
        assertNull(Classes.firstFree(45, 20, Map.of(1, 20L, 2, 20L, 3, 5L)));
    }
}
