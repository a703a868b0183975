package ma.forsa.testing;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB of a test's own, which the test may stop and start again: {@code ./forsa mariadb DIR
 * PORT} runs it (the launcher's one way of starting MariaDB), and stopping kills the server hard, like
 * a crash. Its data stays in DIR, so a restart finds every committed row.
 */
public final class MariaDbServer {

    private static final Path LAUNCHER = Path.of("..", "forsa").toAbsolutePath().normalize();

    private final Path dir;
    private final int port;
    private Process process;

    public MariaDbServer(Path dir) {
        this.dir = dir;
        this.port = Ports.free();
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/forsa";
    }

    public synchronized void start() {
        try {
            Files.createDirectories(dir);
            process = new ProcessBuilder("bash", LAUNCHER.toString(), "mariadb", dir.toString(), Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("launcher.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + LAUNCHER, e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (listening()) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("MariaDB stopped while starting; see " + dir);
            }
            sleep(200);
        }
        throw new IllegalStateException("MariaDB did not open port " + port + "; see " + dir);
    }

    /** Kills the server (no clean shutdown) and waits until its port is closed. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (listening() && System.nanoTime() < deadline) {
            sleep(100);
        }
        process = null;
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills it and removes its data. */
    public synchronized void discard() {
        kill();
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a leftover folder under target/ is harmless
        }
    }

    public static Path scratch(String name) {
        return new File("target", name + "-" + System.nanoTime()).toPath().toAbsolutePath();
    }
}
