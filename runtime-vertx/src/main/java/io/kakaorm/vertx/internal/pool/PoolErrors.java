package io.kakaorm.vertx.internal.pool;

import io.kakaorm.DatabaseTimeoutException;
import io.kakaorm.PoolBusyException;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.internal.exec.ServerErrors;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.sqlclient.DatabaseException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** The pool's own failures (waited too long, queue full) as typed KakaORM exceptions. */
final class PoolErrors {
    private PoolErrors() {}

    /** The typed exception for a pool failure, or {@code null} when {@code t} is something else. */
    static RuntimeException translate(
            Throwable t, String dialect, ConnectOptions o, CompiledSql sql, ServerErrors errors) {
        if (t instanceof ConnectionPoolTooBusyException) {
            return new PoolBusyException(dialect, o.toString(), o.maxWaitQueueSize(), t);
        }
        // waiting for a pooled connection: "Timeout" (a statement on the pool) or "Timeout waiting for
        // connection" (getConnection), both raised by the pool itself, never by the server
        if (t instanceof TimeoutException
                || t.getClass().getName().startsWith("io.vertx.core.")
                        && ("Timeout".equals(t.getMessage())
                                || "Timeout waiting for connection".equals(t.getMessage()))) {
            return new DatabaseTimeoutException(
                    dialect,
                    o.toString(),
                    DatabaseTimeoutException.Wait.CONNECTION,
                    Duration.ofMillis(o.connectTimeout()),
                    sql == null ? null : sql.sql(),
                    sql == null ? null : sql.binds(),
                    t);
        }
        if (t instanceof StatementLimits.StatementCancelled c) { // our cancel request stopped it
            return new DatabaseTimeoutException(
                    dialect,
                    o.toString(),
                    DatabaseTimeoutException.Wait.STATEMENT,
                    Duration.ofMillis(c.millis()),
                    sql == null ? null : sql.sql(),
                    sql == null ? null : sql.binds(),
                    c.getCause());
        }
        if (t instanceof DatabaseException d
                && errors.statementTimedOut(d.getSqlState(), d.getErrorCode(), d.getMessage())) {
            long ms = sql == null ? o.statementTimeout() : sql.timeoutMillis(o.statementTimeout());
            return new DatabaseTimeoutException(
                    dialect,
                    o.toString(),
                    DatabaseTimeoutException.Wait.STATEMENT,
                    Duration.ofMillis(ms),
                    sql == null ? null : sql.sql(),
                    sql == null ? null : sql.binds(),
                    t);
        }
        return null;
    }

    /** A driver failure's message, never {@code "null"}: the class name and the cause's message stand in. */
    static String message(Throwable t) {
        String m = t.getMessage();
        if (m != null && !m.isBlank()) {
            return m;
        }
        String what = t.getClass().getSimpleName();
        Throwable c = t.getCause();
        return c != null && c != t && c.getMessage() != null ? what + ": " + c.getMessage() : what;
    }
}
