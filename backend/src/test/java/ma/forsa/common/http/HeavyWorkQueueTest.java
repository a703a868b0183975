package ma.forsa.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import ma.forsa.common.config.Limits;
import ma.forsa.common.i18n.Language;
import ma.forsa.common.problem.ApiProblem;
import ma.forsa.common.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** The line of heavy work: a short wait for a turn, a bounded line, then 503 with Retry-After. */
class HeavyWorkQueueTest {

    record TestLimits(int heavyConcurrency, int heavyQueue, int heavyWaitSeconds) implements Limits {
        public long maxJsonBytes() {
            return 0;
        }

        public int maxDocumentBytes() {
            return 0;
        }

        public long maxImportBytes() {
            return 0;
        }

        public int apiClientPerMinute() {
            return 0;
        }
    }

    @Test
    void aRequestWaitsItsTurnInAShortLineThenIsRefusedWithRetryAfter() throws Exception {
        HeavyWork heavy = new HeavyWork(new TestLimits(1, 1, 1), new SimpleMeterRegistry());
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = threads.submit(() -> heavy.run(() -> {
                holding.countDown();
                release.await(30, TimeUnit.SECONDS);
                return "first";
            }));
            holding.await(30, TimeUnit.SECONDS);
            // the second waits in line; while it waits the line is full, and a third is refused at once
            Future<String> second = threads.submit(() -> heavy.run(() -> "second"));
            while (heavy.waiting() == 0) {
                Thread.onSpinWait();
            }
            ApiProblem full = assertThrows(ApiProblem.class, () -> heavy.run(() -> "third"));
            assertEquals(ProblemType.SERVICE_UNAVAILABLE, full.type);
            assertEquals(1, full.retryAfterSeconds);
            assertEquals("1", full.toResponse(Language.AR, "/x").getHeaderString("Retry-After"), "Retry-After is sent");
            release.countDown();
            assertEquals("first", first.get(30, TimeUnit.SECONDS));
            assertEquals("second", second.get(30, TimeUnit.SECONDS), "the one in line runs once the turn is free");
            assertEquals(1, heavy.peak());
            assertEquals(1, heavy.refused());

            // a request whose turn does not come within the wait is refused too
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch free = new CountDownLatch(1);
            Future<String> holder = threads.submit(() -> heavy.run(() -> {
                held.countDown();
                free.await(30, TimeUnit.SECONDS);
                return "holder";
            }));
            held.await(30, TimeUnit.SECONDS);
            assertThrows(ApiProblem.class, () -> heavy.run(() -> "late"));
            free.countDown();
            assertEquals("holder", holder.get(30, TimeUnit.SECONDS));
            assertEquals(2, heavy.refused());
            assertEquals("after", heavy.run(() -> "after"), "the turn is given back after every request");
        } finally {
            threads.shutdownNow();
        }
    }
}
