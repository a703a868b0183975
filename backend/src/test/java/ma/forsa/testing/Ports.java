package ma.forsa.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/** Ports for services a test starts itself. */
public final class Ports {

    private Ports() {}

    /**
     * A free port of 127.0.0.1 below the kernel's ephemeral range, so no outgoing connection takes it
     * between now and when the service binds it (or binds it again, after a restart).
     */
    public static int free() {
        for (int i = 0; i < 100; i++) {
            int candidate = 10_000 + ThreadLocalRandom.current().nextInt(22_000);
            try (ServerSocket socket = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return candidate;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port");
    }
}
