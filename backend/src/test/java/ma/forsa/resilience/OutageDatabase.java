package ma.forsa.resilience;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import ma.forsa.testing.MariaDbServer;

/** The app on a MariaDB of its own, which DatabaseOutageTest kills and starts again. */
public class OutageDatabase implements QuarkusTestResourceLifecycleManager {

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Server {}

    /** The test profile that gives the app this database. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OutageDatabase.class));
        }
    }

    private MariaDbServer server;

    @Override
    public Map<String, String> start() {
        server = new MariaDbServer(MariaDbServer.scratch("outage-mariadb"));
        server.start();
        return Map.of(
                "quarkus.datasource.jdbc.url",
                server.jdbcUrl(),
                "quarkus.datasource.username",
                "forsa",
                "quarkus.datasource.password",
                "forsa");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(Server.class, MariaDbServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.discard();
        }
    }
}
