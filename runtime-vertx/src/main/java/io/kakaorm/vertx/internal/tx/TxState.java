package io.kakaorm.vertx.internal.tx;

import io.kakaorm.vertx.internal.exec.TxExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The open transaction of one {@code Database} on one (duplicated) Vert.x context, kept in the
 * context's local data under the database as key.
 */
public final class TxState {
    public final TxExecutor tx;
    private final AtomicInteger savepoints = new AtomicInteger();
    volatile boolean ended;

    TxState(TxExecutor tx) {
        this.tx = tx;
    }

    String nextSavepoint() {
        return "kk_sp_" + savepoints.incrementAndGet();
    }
}
