package ma.forsa.common.http;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import ma.forsa.common.config.Limits;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.problem.ApiProblem;
import ma.forsa.common.problem.ProblemType;

/**
 * The turn of heavy work: a fair semaphore of {@code forsa.limits.heavy-concurrency} permits. A heavy request waits
 * in line for up to {@code heavy-wait-seconds} (at most {@code heavy-queue} of them wait), then answers 503 with
 * Retry-After; it never takes a connection from the pool before its turn. Imports have their own single worker
 * ({@code ImportRunner}).
 */
@ApplicationScoped
public class HeavyWork {

    private final Semaphore permits;
    private final int concurrency;
    private final int queue;
    private final int waitSeconds;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();

    @Inject
    public HeavyWork(Limits limits, MeterRegistry registry) {
        int configured = limits.heavyConcurrency();
        this.concurrency =
                configured > 0 ? configured : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        this.queue = limits.heavyQueue();
        this.waitSeconds = limits.heavyWaitSeconds();
        this.permits = new Semaphore(concurrency, true);
        registry.gauge("forsa.heavy.running", running);
        registry.gauge("forsa.heavy.waiting", permits, Semaphore::getQueueLength);
        registry.more().counter("forsa.heavy.refused", List.of(), refused);
    }

    public <T> T run(Callable<T> work) throws Exception {
        if (permits.getQueueLength() >= queue || !permits.tryAcquire(waitSeconds, TimeUnit.SECONDS)) {
            refused.incrementAndGet();
            throw new ApiProblem(ProblemType.SERVICE_UNAVAILABLE, Message.HEAVY_WORK_BUSY, waitSeconds)
                    .retryAfter(waitSeconds);
        }
        try {
            peak.accumulateAndGet(running.incrementAndGet(), Math::max);
            return work.call();
        } finally {
            running.decrementAndGet();
            permits.release();
        }
    }

    /** How many heavy requests may run at once. */
    public int concurrency() {
        return concurrency;
    }

    /** The most that ran at once since start (or since {@link #resetPeak()}). */
    public int peak() {
        return peak.get();
    }

    public void resetPeak() {
        peak.set(running.get());
    }

    /** Heavy requests waiting for their turn now. */
    public int waiting() {
        return permits.getQueueLength();
    }

    public long refused() {
        return refused.get();
    }
}
