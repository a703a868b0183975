package ma.forsa.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ma.forsa.common.config.Limits;

/**
 * A fixed window of requests per minute for each third-party client. Kept in this instance's
 * memory: with several instances behind a load balancer each grants its own share.
 */
@ApplicationScoped
public class RateLimiter {

    private record Window(long minute, int used) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    @Inject
    Limits limits;

    /** 0 when the request may go on, else the seconds until the client's next window. */
    public long acquire(String client) {
        long now = clock.millis();
        long minute = now / 60_000;
        Window window = windows.merge(
                client,
                new Window(minute, 1),
                (old, fresh) -> old.minute() == minute ? new Window(minute, old.used() + 1) : fresh);
        if (window.used() <= limits.apiClientPerMinute()) {
            return 0;
        }
        return Math.max(1, (minute + 1) * 60 - now / 1000);
    }
}
