package io.kakaorm.vertx.internal.sqlite;

import io.kakaorm.dialect.CompiledSql;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;

/** Runs blocking JDBC work on a Vert.x worker executor and maps SQL errors. */
final class Worker {
    /** Blocking work on a connection. */
    @FunctionalInterface
    interface Job<T> {
        T run(SqliteConn conn) throws Exception;
    }

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
}
