package ma.forsa.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void scriptsSplitIntoStatementsWithoutComments() {
        List<String> statements = DemoData.statements("""
                -- a comment; with a semicolon
                INSERT INTO a VALUES (1, 'x;y'),
                 (2, 'z');
                UPDATE a SET b = 1;
                """);
        assertEquals(List.of("INSERT INTO a VALUES (1, 'x;y'),\n (2, 'z')", "UPDATE a SET b = 1"), statements);
    }
}
