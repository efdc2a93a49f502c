package io.kakaorm.bench.load;

import io.vertx.core.Future;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Blocks the (non-event-loop) harness thread on a future during set-up and checks. */
public final class Await {
    private Await() {}

    /** The future's result within {@code seconds}; its failure rethrown unchecked. */
    public static <T> T of(Future<T> future, long seconds) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(seconds, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out after " + seconds + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
