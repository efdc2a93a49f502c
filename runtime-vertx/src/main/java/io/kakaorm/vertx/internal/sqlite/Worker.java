package io.kakaorm.vertx.internal.sqlite;

import io.kakaorm.dialect.CompiledSql;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.internal.ContextInternal;
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

    private Worker() {
    }

    /**
     * Runs {@code job} on {@code executor}. Unordered submission to a one-thread executor is plain FIFO,
     * which is what keeps the writer's statements in submission order.
     */
    static <T> Future<T> run(WorkerExecutor executor, SqliteConn conn, CompiledSql sql, Job<T> job) {
        return executor.<T>executeBlocking(() -> {
            try {
                return job.run(conn);
            } catch (Throwable t) {
                throw SqliteErrors.translate(t, sql);
            }
        }, false);
    }

    /**
     * Like {@link #run} on a connection picked when the job starts, but the job must start within
     * {@code timeoutMs} (0 = no limit): when it has not, the future fails with {@code onTimeout}'s
     * exception and the job, once its turn comes, is skipped without touching the database.
     */
    static <T> Future<T> runWithin(Vertx vertx, WorkerExecutor executor, Supplier<SqliteConn> conn, CompiledSql sql,
            Job<T> job, long timeoutMs, Supplier<RuntimeException> onTimeout) {
        if (timeoutMs <= 0) {
            return executor.<T>executeBlocking(() -> call(conn.get(), sql, job), false);
        }
        ContextInternal ctx = (ContextInternal) vertx.getOrCreateContext();
        Promise<T> p = ctx.promise();
        AtomicInteger state = new AtomicInteger(QUEUED);
        long timer = vertx.setTimer(timeoutMs, id -> {
            if (state.compareAndSet(QUEUED, EXPIRED)) {
                p.tryFail(onTimeout.get());
            }
        });
        executor.<T>executeBlocking(() -> {
            if (!state.compareAndSet(QUEUED, STARTED)) {
                return null; // the caller has already been told it timed out
            }
            vertx.cancelTimer(timer);
            return call(conn.get(), sql, job);
        }, false).onComplete(r -> {
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
