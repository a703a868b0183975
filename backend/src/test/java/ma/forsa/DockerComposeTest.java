package ma.forsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** docker-compose.yml is valid (docker-compose config -q); CI installs docker-compose. */
class DockerComposeTest {

    @Test
    void composeFileRefusesToStartWithoutSecrets() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/docker-compose")) || System.getenv("CI") != null);
        ProcessBuilder builder = new ProcessBuilder("docker-compose", "-f", "../docker-compose.yml", "config", "-q")
                .redirectErrorStream(true);
        builder.environment().remove("FORSA_DB_PASSWORD");
        Process process = builder.start();
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(false, process.exitValue() == 0, "compose accepted a deployment without a database password");
    }

    @Test
    void composeFileIsValid() throws Exception {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/docker-compose"))
                || Files.isExecutable(Path.of("/usr/local/bin/docker-compose"));
        assumeTrue(installed || System.getenv("CI") != null, "docker-compose is not installed");
        File compose = new File("../docker-compose.yml");
        ProcessBuilder builder =
                new ProcessBuilder("docker-compose", "-f", compose.getPath(), "config", "-q").redirectErrorStream(true);
        // the secrets a deployment must give; without them the file refuses to start
        builder.environment().put("FORSA_DB_PASSWORD", "db-secret");
        builder.environment().put("MARIADB_ROOT_PASSWORD", "root-secret");
        builder.environment().put("KEYCLOAK_ADMIN_PASSWORD", "admin-secret");
        builder.environment().put("FORSA_INTEGRATION_SECRET", "integration-secret");
        Process process = builder.start();
        boolean done = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, done, "docker-compose config timed out");
        assertEquals(0, process.exitValue(), output);
    }
}
