package io.kakaorm.bench.load;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Sends {@code total} requests, keeping {@code inFlight} of them outstanding, the way a Vert.x server does:
 * the requests start on event-loop contexts (split over {@code contexts} of them) and every completion
 * sends the next request from its callback. Returns the wall time for all of them.
 */
public final class LoadRun {
    private static final int MAX_SYNC_DEPTH = 16;
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final Vertx vertx;
    private final int inFlight;
    private final int contexts;

    /**
     * @param vertx    the Vert.x instance whose event loops drive the requests
     * @param inFlight requests outstanding at any time
     * @param contexts event-loop contexts the in-flight lanes are spread over
     */
    public LoadRun(Vertx vertx, int inFlight, int contexts) {
        this.vertx = vertx;
        this.inFlight = inFlight;
        this.contexts = Math.max(1, Math.min(contexts, inFlight));
    }

    /** Runs {@code total} requests of {@code op}; the elapsed time in nanoseconds. Fails on the first error. */
    public long run(Supplier<Future<?>> op, int total) {
        Lanes lanes = new Lanes(op, total);
        long start = System.nanoTime();
        for (int c = 0; c < contexts; c++) {
            Context ctx = vertx.getOrCreateContext();
            int lanesHere = inFlight / contexts + (c < inFlight % contexts ? 1 : 0);
            ctx.runOnContext(v -> {
                for (int i = 0; i < lanesHere; i++) {
                    lanes.next(ctx);
                }
            });
        }
        try {
            lanes.done.get(10, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("load run failed: " + e.getMessage(), e);
        }
        return System.nanoTime() - start;
    }

    private static final class Lanes {
        final Supplier<Future<?>> op;
        final int total;
        final AtomicInteger issued = new AtomicInteger();
        final AtomicInteger completed = new AtomicInteger();
        final CompletableFuture<Void> done = new CompletableFuture<>();

        Lanes(Supplier<Future<?>> op, int total) {
            this.op = op;
            this.total = total;
        }

        void next(Context ctx) {
            if (done.isDone() || issued.getAndIncrement() >= total) {
                return;
            }
            int[] depth = DEPTH.get();
            depth[0]++;
            try {
                op.get().onComplete(ar -> {
                    if (ar.failed()) {
                        done.completeExceptionally(ar.cause());
                    } else if (completed.incrementAndGet() == total) {
                        done.complete(null);
                    } else if (DEPTH.get()[0] < MAX_SYNC_DEPTH) {
                        next(ctx); // usually a fresh stack; an already-completed future calls back on ours
                    } else {
                        ctx.runOnContext(v -> next(ctx));
                    }
                });
            } catch (Throwable t) {
                done.completeExceptionally(t);
            } finally {
                depth[0]--;
            }
        }
    }
}
