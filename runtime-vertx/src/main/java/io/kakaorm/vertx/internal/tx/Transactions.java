package io.kakaorm.vertx.internal.tx;

import io.kakaorm.vertx.internal.exec.Backend;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Transaction propagation through the Vert.x context. A top-level transaction runs its work on a fresh
 * duplicate of the caller's context whose local data maps the {@code Database} to its {@link TxState}:
 * every operation started from that context (the work, its callbacks, {@code model.save()}) finds the
 * transaction there, while another transaction on the same event loop has its own duplicate and sees
 * only its own. A nested call on a context that already has one becomes a SAVEPOINT.
 */
public final class Transactions {
    private final Object key;
    private final Vertx vertx;
    private final Backend backend;
    private final AtomicInteger openTx = new AtomicInteger();

    public Transactions(Object key, Vertx vertx, Backend backend) {
        this.key = key;
        this.vertx = vertx;
        this.backend = backend;
    }

    /** How many top-level transactions are open (begun and not yet committed or rolled back). */
    public int openCount() {
        return openTx.get();
    }

    /** The open transaction of the calling context, or {@code null}. */
    public TxState current() {
        Context ctx = Vertx.currentContext();
        if (ctx == null) {
            return null;
        }
        TxState s = (TxState) ((ContextInternal) ctx).localContextData().get(key);
        return s == null || s.ended ? null : s;
    }

    public <R> Future<R> run(Supplier<Future<R>> work) {
        TxState open = current();
        if (open != null) {
            return nested(open, work);
        }
        ContextInternal caller = (ContextInternal) Vertx.currentContext();
        ContextInternal base = caller != null ? caller : (ContextInternal) vertx.getOrCreateContext();
        ContextInternal dup = base.duplicate();
        Promise<R> out = caller != null ? caller.promise() : Promise.promise();
        dup.runOnContext(v -> backend.begin()
                .compose(tx -> {
                    TxState state = new TxState(tx);
                    openTx.incrementAndGet();
                    dup.localContextData().put(key, state);
                    return call(work).transform(r -> {
                        state.ended = true;
                        dup.localContextData().remove(key, state);
                        Future<R> end = r.succeeded()
                                ? tx.commit().map(x -> r.result())
                                : tx.rollback().transform(x -> Future.<R>failedFuture(r.cause()));
                        return end.andThen(x -> openTx.decrementAndGet());
                    });
                })
                .onComplete(out));
        return out.future();
    }

    private <R> Future<R> nested(TxState state, Supplier<Future<R>> work) {
        String sp = state.nextSavepoint();
        return state.tx.savepoint(sp).compose(v -> call(work)).transform(r -> {
            if (r.succeeded()) {
                return state.tx.releaseSavepoint(sp).map(x -> r.result());
            }
            return state.tx
                    .rollbackToSavepoint(sp)
                    .compose(x -> state.tx.releaseSavepoint(sp))
                    .transform(x -> Future.<R>failedFuture(r.cause()));
        });
    }

    static <R> Future<R> call(Supplier<Future<R>> work) {
        try {
            Future<R> f = work.get();
            return f != null ? f : Future.failedFuture(new NullPointerException("transaction work returned null"));
        } catch (Throwable t) {
            return Future.failedFuture(t);
        }
    }
}
