package io.kakaorm.vertx.internal.pool;

import io.kakaorm.dialect.CompiledSql;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import java.util.function.Function;

/**
 * How one database stops a statement that outlasts its timeout ({@link CompiledSql#timeoutMillis}):
 * PostgreSQL sends a cancel request ({@link PgCancel}), MariaDB runs the statement under
 * {@code SET STATEMENT max_statement_time} ({@link MariaDbLimits}). The base class limits nothing.
 */
class StatementLimits {
    static final StatementLimits NONE = new StatementLimits();

    /** The text to send for {@code sql}. */
    String text(CompiledSql sql, long defaultMillis) {
        return sql.sql();
    }

    /**
     * Runs {@code attempt} on {@code client} (a pool or one connection) so that it ends at most about
     * {@code ms} after it started ({@code ms <= 0}: no limit); a statement cancelled for that fails with
     * {@link StatementCancelled}.
     */
    <T> Future<T> run(SqlClient client, long ms, Function<SqlClient, Future<T>> attempt) {
        return attempt.apply(client);
    }

    /**
     * Cancels what {@code conn} runs now (a cursor's fetch); completes once the statement can no longer be
     * hit by the cancel. {@code null}: this database limits statements by their text ({@link #text}).
     */
    Future<Void> cancelNow(SqlConnection conn) {
        return null;
    }

    /**
     * Prepares {@code conn} to run {@code sql} through a cursor under its own timeout (MariaDB: a cursor
     * cannot be opened on a {@code SET STATEMENT … FOR} text, so the session's limit is changed instead).
     */
    Future<Void> beforeCursor(SqlConnection conn, CompiledSql sql, long defaultMillis) {
        return Future.succeededFuture();
    }

    /** Undoes {@link #beforeCursor} on {@code conn}. */
    Future<Void> afterCursor(SqlConnection conn, CompiledSql sql, long defaultMillis) {
        return Future.succeededFuture();
    }

    /** A statement that {@link #run} cancelled on the server because it outlasted {@code millis}. */
    static final class StatementCancelled extends RuntimeException {
        private final long millis;

        StatementCancelled(long millis, Throwable cause) {
            super("statement cancelled after " + millis + " ms: " + cause.getMessage(), cause, false, false);
            this.millis = millis;
        }

        long millis() {
            return millis;
        }
    }
}
