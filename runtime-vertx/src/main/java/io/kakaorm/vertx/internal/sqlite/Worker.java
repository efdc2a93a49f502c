package io.kakaorm.vertx.internal.sqlite;

import io.kakaorm.dialect.CompiledSql;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.WorkerExecutorInternal;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Runs blocking JDBC work on a Vert.x worker executor and maps SQL errors. */
final class Worker {
    /** Blocking work on a connection. */
    @FunctionalInterface
    interface Job<T> {
        T run(SqliteConn conn) throws Exception;
    }

    private static final int QUEUED = 0;
    private static final int STARTED = 1;
    private static final int EXPIRED = 2;

    private Worker() {}

    /**
     * Runs {@code job} on {@code executor}. Unordered submission to a one-thread executor is plain FIFO,
     * which is what keeps the writer's statements in submission order.
     */
    static <T> Future<T> run(WorkerExecutor executor, SqliteConn conn, CompiledSql sql, Job<T> job) {
        return blocking(executor, () -> call(conn, sql, job));
    }

    /**
     * {@code executor.executeBlocking(work)}, but the result is handed to the caller's context quietly: when
     * Vert.x was closed meanwhile (without {@code db.disconnect()}), the caller's event loop is gone and
     * nobody can receive it, so it is dropped instead of Netty's {@code RejectedExecutionException}
     * escaping the worker thread onto stderr.
     */
    static <T> Future<T> blocking(WorkerExecutor executor, Callable<T> work) {
        Context current = Vertx.currentContext();
        ContextInternal ctx = (ContextInternal)
                (current != null
                        ? current
                        : ((WorkerExecutorInternal) executor).vertx().getOrCreateContext());
        Promise<T> p = ctx.promise();
        executor.<Void>executeBlocking(
                () -> {
                    AsyncResult<T> r;
                    try {
                        r = Future.succeededFuture(work.call());
                    } catch (Throwable t) {
                        r = Future.failedFuture(t);
                    }
                    try {
                        p.handle(r);
                    } catch (RejectedExecutionException gone) {
                        // Vert.x is closed: the caller's event loop no longer runs anything
                    }
                    return null;
                },
                false);
        return p.future();
    }

    /**
     * Like {@link #run} on a connection picked when the job starts, but the job must start within
     * {@code timeoutMs} (0 = no limit): when it has not, the future fails with {@code onTimeout}'s
     * exception and the job, once its turn comes, is skipped without touching the database.
     */
    static <T> Future<T> runWithin(
            Vertx vertx,
            WorkerExecutor executor,
            Supplier<SqliteConn> conn,
            CompiledSql sql,
            Job<T> job,
            long timeoutMs,
            Supplier<RuntimeException> onTimeout) {
        if (timeoutMs <= 0) {
            return blocking(executor, () -> call(conn.get(), sql, job));
        }
        ContextInternal ctx = (ContextInternal) vertx.getOrCreateContext();
        Promise<T> p = ctx.promise();
        AtomicInteger state = new AtomicInteger(QUEUED);
        long timer = vertx.setTimer(timeoutMs, id -> {
            if (state.compareAndSet(QUEUED, EXPIRED)) {
                p.tryFail(onTimeout.get());
            }
        });
        blocking(executor, () -> {
                    if (!state.compareAndSet(QUEUED, STARTED)) {
                        return null; // the caller has already been told it timed out
                    }
                    return call(conn.get(), sql, job);
                })
                .onComplete(r -> {
                    // cancelled here, on the caller's event loop: from the worker thread the cancel is a task
                    // handed to the event loop, which wakes its selector once more per statement. A timer that
                    // fires after the job started finds the state STARTED and does nothing.
                    vertx.cancelTimer(timer);
                    if (state.get() == STARTED) {
                        p.handle(r);
                    }
                });
        return p.future();
    }

    private static <T> T call(SqliteConn conn, CompiledSql sql, Job<T> job) {
        try {
            return job.run(conn);
        } catch (Throwable t) {
            throw SqliteErrors.translate(t, sql);
        }
    }
}
