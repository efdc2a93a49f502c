package io.kakaorm.vertx.internal.pool;

import io.kakaorm.dialect.CompiledSql;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import java.util.function.Function;

/**
 * How one database stops a statement that outlasts its timeout ({@link CompiledSql#timeoutMillis}), given to
 * its {@link ClientStatements}: one database sends a cancel request, another runs the statement under a limit
 * written into its text. The base class limits nothing.
 */
public class StatementLimits {
    /** Limits nothing. */
    public static final StatementLimits NONE = new StatementLimits();

    /** For subclasses. */
    protected StatementLimits() {}

    /** The text to send for {@code sql}. */
    public String text(CompiledSql sql, long defaultMillis) {
        return sql.sql();
    }

    /**
     * Runs {@code attempt} on {@code client} (a pool or one connection) so that it ends at most about
     * {@code ms} after it started ({@code ms <= 0}: no limit); a statement cancelled for that fails with
     * {@link StatementCancelled}.
     */
    public <T> Future<T> run(SqlClient client, long ms, Function<SqlClient, Future<T>> attempt) {
        return attempt.apply(client);
    }

    /**
     * Whether this database stops a running statement by a request from outside ({@link #cancelNow}), so that a
     * cursor's fetch is watched and cancelled when it waits too long.
     */
    public boolean cancelsByRequest() {
        return false;
    }

    /**
     * Cancels what {@code conn} runs now (a cursor's fetch); completes once the statement can no longer be
     * hit by the cancel. {@code null}: this database limits statements by their text ({@link #text}).
     */
    public Future<Void> cancelNow(SqlConnection conn) {
        return null;
    }

    /**
     * Whether {@code t}, a cursor's failure, is its timeout: after {@link #cancelNow} was asked
     * ({@code cancelRequested}), or {@code elapsedNanos} after the cursor opened under {@code timeoutMs}.
     */
    public boolean cursorCancelled(Throwable t, boolean cancelRequested, long timeoutMs, long elapsedNanos) {
        return false;
    }

    /**
     * Prepares {@code conn} to run {@code sql} through a cursor under its own timeout (where a cursor cannot be
     * opened on a limited text, the session's limit is changed instead).
     */
    public Future<Void> beforeCursor(SqlConnection conn, CompiledSql sql, long defaultMillis) {
        return Future.succeededFuture();
    }

    /** Undoes {@link #beforeCursor} on {@code conn}. */
    public Future<Void> afterCursor(SqlConnection conn, CompiledSql sql, long defaultMillis) {
        return Future.succeededFuture();
    }

    /** A statement that {@link #run} cancelled on the server because it outlasted {@code millis}. */
    public static final class StatementCancelled extends RuntimeException {
        private final long millis;

        /** A statement cancelled after {@code millis}; {@code cause} is the database's error. */
        public StatementCancelled(long millis, Throwable cause) {
            super("statement cancelled after " + millis + " ms: " + cause.getMessage(), cause, false, false);
            this.millis = millis;
        }

        long millis() {
            return millis;
        }
    }
}
