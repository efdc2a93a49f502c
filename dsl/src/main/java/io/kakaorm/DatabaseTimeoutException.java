package io.kakaorm;

import java.time.Duration;
import java.util.List;

/**
 * A wait ran out of time: for a pooled connection, for the SQLite writer, or for a statement that was
 * then cancelled on the server. Names the database and what was waited for; the connection (if one
 * was held) stays usable.
 */
public final class DatabaseTimeoutException extends DatabaseException {
    /** What the caller waited for. */
    public enum Wait {
        /** A connection from the pool (PostgreSQL, MySQL/MariaDB) or an SQLite reader. */
        CONNECTION,
        /** SQLite's single writer connection, held by a transaction or queued writes. */
        WRITER,
        /** A statement's result; the statement was cancelled on the server. */
        STATEMENT
    }

    private final Wait waitedFor;
    private final Duration timeout;

    /**
     * @param dialect   the database's dialect name
     * @param database  the database as a password-masked URL (or another name for it)
     * @param waitedFor what was waited for
     * @param timeout   the limit that ran out
     * @param sql       the statement, or {@code null}
     * @param cause     the driver's failure, or {@code null}
     */
    public DatabaseTimeoutException(
            String dialect,
            String database,
            Wait waitedFor,
            Duration timeout,
            String sql,
            List<Object> binds,
            Throwable cause) {
        super(dialect, null, 0, sql, binds, text(database, waitedFor, timeout), cause);
        this.waitedFor = waitedFor;
        this.timeout = timeout;
    }

    private static String text(String database, Wait w, Duration timeout) {
        String what = switch (w) {
            case CONNECTION -> "waiting for a connection";
            case WRITER -> "waiting for the SQLite writer (a transaction or earlier writes hold it)";
            case STATEMENT -> "waiting for the statement, which was cancelled on the server";
        };
        return "Timed out after " + timeout.toMillis() + " ms " + what + " on " + database;
    }

    /** What was waited for. */
    public Wait waitedFor() {
        return waitedFor;
    }

    /** The limit that ran out. */
    public Duration timeout() {
        return timeout;
    }
}
