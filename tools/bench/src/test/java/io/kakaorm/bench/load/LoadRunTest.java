package io.kakaorm.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The harness wires up: exact request counts, bounded in-flight, failures surface. No timing asserted. */
class LoadRunTest {
    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        Await.of(vertx.close(), 30);
    }

    @Test
    void runsExactlyTheRequestedNumberWithAlreadyCompletedFutures() {
        AtomicInteger calls = new AtomicInteger();
        new LoadRun(vertx, 8, 2)
                .run(
                        () -> {
                            calls.incrementAndGet();
                            return Future.succeededFuture();
                        },
                        10_000);
        assertEquals(10_000, calls.get());
    }

    @Test
    void keepsAtMostInFlightRequestsOutstanding() {
        AtomicInteger outstanding = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        new LoadRun(vertx, 5, 2)
                .run(
                        () -> {
                            calls.incrementAndGet();
                            peak.accumulateAndGet(outstanding.incrementAndGet(), Math::max);
                            Promise<Void> p = Promise.promise();
                            vertx.setTimer(1, id -> {
                                outstanding.decrementAndGet();
                                p.complete();
                            });
                            return p.future();
                        },
                        200);
        assertEquals(200, calls.get());
        assertEquals(5, peak.get());
    }

    @Test
    void aFailedRequestFailsTheRun() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> new LoadRun(vertx, 4, 1).run(() -> Future.failedFuture("boom"), 100));
        assertTrue(e.getMessage().contains("boom"), e.getMessage());
    }

    @Test
    void ratioIsTheMedianOfRoundPairRatios() {
        Comparison c =
                new Comparison("w", "t", "orm", "raw", 10, List.of(90.0, 100.0, 80.0), List.of(100.0, 50.0, 200.0));
        assertEquals(0.9, c.ratio(), 1e-9); // pairs 0.9, 2.0, 0.4
        assertEquals(90.0 / 100.0, c.ratioOfMedians(), 1e-9);
        assertEquals(0.4, c.pairRatioRange()[0], 1e-9);
        assertEquals(2.0, c.pairRatioRange()[1], 1e-9);
    }

    @Test
    void cpuRatioIsTheMedianOfRoundPairRatiosToo() {
        Comparison c = new Comparison(
                "w",
                "t",
                "orm",
                "raw",
                10,
                List.of(1.0, 1.0, 1.0),
                List.of(1.0, 1.0, 1.0),
                List.of(10.0, 20.0, 40.0),
                List.of(9.0, 30.0, 20.0));
        // pairs 0.9, 1.5, 0.5; the ratio of the medians would be 20 / 20 = 1.0
        assertEquals(0.9, c.cpuRatio(), 1e-9);
    }

    @Test
    void runsMergeIntoTheMedianOfAllTheirPairs() {
        Comparison run1 = new Comparison("w", "t", "orm", "raw", 10, List.of(90.0, 100.0), List.of(100.0, 100.0));
        Comparison run2 =
                new Comparison("w", "t", "orm", "raw", 10, List.of(99.0, 50.0, 98.0), List.of(100.0, 100.0, 100.0));
        Comparison other = new Comparison("w", "u", "orm", "raw", 10, List.of(1.0), List.of(2.0));
        List<Comparison> merged = Runs.merged(List.of(List.of(run1, other), List.of(run2)));
        assertEquals(2, merged.size());
        // pairs 0.9, 1.0, 0.99, 0.5, 0.98: the median is 0.98; the medians of the runs are 0.95 and 0.98
        assertEquals(0.98, merged.get(0).ratio(), 1e-9);
        assertEquals(5, merged.get(0).candidateOpsPerSec().size());
        assertEquals(0.5, merged.get(1).ratio(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> Comparison.merge(List.of(run1, other)));
    }

    @Test
    void everyOtherRoundRunsTheBaselineFirst() {
        List<String> order = new ArrayList<>();
        Side orm = new Side("orm", n -> {
            order.add("orm");
            return 1_000_000L;
        });
        Side raw = new Side("raw", n -> {
            order.add("raw");
            return 1_000_000L;
        });
        new Rounds(1, 4, 10).compare("w", "t", orm, raw);
        assertEquals(List.of("orm", "raw", "orm", "raw", "raw", "orm", "orm", "raw", "raw", "orm"), order);
    }
}
