package ma.forsa.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the demo data of {@code ./forsa run} after the migrations. Each script is idempotent
 * (INSERT IGNORE with fixed ids), so a second start keeps what the first loaded and what
 * users changed since.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final List<String> SCRIPTS = List.of("db/demo/01-associations.sql");

    void load(@Observes StartupEvent start, DataSource dataSource,
            @ConfigProperty(name = "forsa.demo.enabled") boolean enabled) {
        if (!enabled) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String script : SCRIPTS) {
                for (String sql : statements(read(script))) {
                    statement.execute(sql);
                }
            }
            LOG.info("Demo data loaded");
        } catch (SQLException e) {
            throw new IllegalStateException("Demo data could not be loaded", e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo script " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Statements end with ';' at the end of a line; lines starting with "--" are comments. */
    static List<String> statements(String script) {
        StringBuilder current = new StringBuilder();
        List<String> result = new java.util.ArrayList<>();
        for (String line : script.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                result.add(current.toString().strip().replaceAll(";$", ""));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }
}
