package ma.forsa.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import ma.forsa.learner.NameKey;
import ma.forsa.learner.NameToken;
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
    private static final List<String> SCRIPTS =
            List.of("db/demo/01-associations.sql", "db/demo/02-programme.sql", "db/demo/03-outreach.sql");

    void onStart(
            @Observes StartupEvent start,
            DataSource dataSource,
            @ConfigProperty(name = "forsa.demo.enabled") boolean enabled) {
        if (enabled) {
            LOG.infof("Demo data loaded (%d learners keyed)", load(dataSource));
        }
    }

    /** Runs the demo scripts on a migrated database; answers how many learners it keyed. */
    public static int load(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String script : SCRIPTS) {
                for (String sql : statements(read(script))) {
                    statement.execute(sql);
                }
            }
            computeCaseNameKeys(connection);
            return computeNameKeys(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Demo data could not be loaded", e);
        }
    }

    /** The scripts leave name keys empty and write no search words: both come from the one NameKey. */
    private static int computeNameKeys(Connection connection) throws SQLException {
        int count = 0;
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, first_name_ar, last_name_ar, first_name_latin, last_name_latin, directorate_code FROM learner l WHERE name_key = ''"
                                + " OR NOT EXISTS (SELECT 1 FROM learner_name_token t WHERE t.learner_id = l.id)");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE learner SET name_key = ?, name_key_latin = ? WHERE id = ?");
                PreparedStatement token = connection.prepareStatement(
                        "INSERT IGNORE INTO learner_name_token (learner_id, token, directorate_code) VALUES (?, ?, ?)");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String[] names = {rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)};
                update.setString(1, NameKey.of(names[0], names[1]));
                update.setString(2, NameKey.of(names[2], names[3]));
                update.setLong(3, rows.getLong(1));
                update.addBatch();
                for (NameToken word : NameToken.of(rows.getString(6), names)) {
                    token.setLong(1, rows.getLong(1));
                    token.setString(2, word.token);
                    token.setString(3, word.directorateCode);
                    token.addBatch();
                }
                count++;
            }
            update.executeBatch();
            token.executeBatch();
        }
        return count;
    }

    /** The same for the identified children of the outreach demo. */
    private static void computeCaseNameKeys(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, first_name_ar, last_name_ar, first_name_latin, last_name_latin FROM child_case"
                                + " WHERE name_key = ''");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE child_case SET name_key = ?, name_key_latin = ? WHERE id = ?");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                update.setString(1, NameKey.of(rows.getString(2), rows.getString(3)));
                update.setString(2, NameKey.of(rows.getString(4), rows.getString(5)));
                update.setLong(3, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
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
