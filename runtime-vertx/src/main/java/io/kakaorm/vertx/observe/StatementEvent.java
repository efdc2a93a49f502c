package io.kakaorm.vertx.observe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What one statement did: its SQL, bind values, duration, rows and outcome.
 *
 * @param dialect     the database kind: {@code postgres}, {@code mysql} or {@code sqlite}
 * @param kind        what was asked: a query, a stream, a write, or a transaction boundary
 * @param sql         the SQL text as sent, in the dialect's placeholder style
 * @param binds       the bind values as sent to the driver, those of masked columns replaced by
 *                    {@link #MASKED} (see {@link io.kakaorm.vertx.Database#maskBinds(String...)})
 * @param duration    from handing the statement to the driver until its result was read (for a
 *                    stream: until its last row, failure or close); includes waiting for a pooled
 *                    connection or the SQLite writer
 * @param rows        rows returned (queries, streams) or affected (writes; 1 for a one-row insert
 *                    that returned its key; 0 for DDL and transaction boundaries); 0 on failure
 * @param error       the failure ({@link io.kakaorm.DatabaseException}, {@link io.kakaorm.IntegrityException},
 *                    ...), or {@code null} when the statement succeeded
 * @param transaction the number of the transaction it ran in (counted from 1 per {@code Database}),
 *                    or 0 when it ran on the pool outside any transaction
 * @param callSite    where the decoded query's predicates were written ({@code PostService.java:42},
 *                    several joined by {@code " and "}), or {@code null} for statements that were not
 *                    built from lambdas (model writes, raw SQL, DDL, unfiltered queries)
 */
public record StatementEvent(
        String dialect,
        Kind kind,
        String sql,
        List<Object> binds,
        Duration duration,
        long rows,
        Throwable error,
        long transaction,
        String callSite) {

    /** What a masked bind value is replaced with. */
    public static final String MASKED = "***";

    public StatementEvent {
        binds = Collections.unmodifiableList(new ArrayList<>(binds)); // may hold nulls
    }

    /** Whether the statement ran inside a transaction. */
    public boolean inTransaction() {
        return transaction != 0;
    }

    /** Whether the statement succeeded. */
    public boolean succeeded() {
        return error == null;
    }

    /** One line for logs: {@code [postgres tx 3] 1.2 ms, 1 row: SELECT ... [binds: 7] at Foo.java:12}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(96).append('[').append(dialect);
        if (transaction != 0) {
            b.append(" tx ").append(transaction);
        }
        b.append("] ").append(String.format(Locale.ROOT, "%.3f ms", duration.toNanos() / 1e6));
        if (error == null) {
            b.append(", ").append(rows).append(rows == 1 ? " row" : " rows");
        } else {
            b.append(", failed (").append(error.getClass().getSimpleName()).append(')');
        }
        b.append(": ").append(sql);
        if (!binds.isEmpty()) {
            b.append(" [binds: ").append(binds).append(']');
        }
        if (callSite != null) {
            b.append(" at ").append(callSite);
        }
        return b.toString();
    }

    /** What kind of statement an event reports. */
    public enum Kind {
        /** A statement whose rows were read into a list (SELECT, or a raw {@code fetch}). */
        QUERY,
        /** A SELECT read through a cursor ({@code query.stream()}); one event when the stream ends. */
        STREAM,
        /** INSERT/UPDATE/DELETE/DDL, raw {@code execute}, and SAVEPOINT statements. */
        UPDATE,
        /** A one-row INSERT that returned its generated key. */
        INSERT,
        /** The start of a transaction. */
        BEGIN,
        /** COMMIT. */
        COMMIT,
        /** ROLLBACK. */
        ROLLBACK
    }
}
