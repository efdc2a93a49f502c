package io.kakaorm.dialect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * SQL text in the dialect's placeholder style with its bind values, already converted to what the
 * driver takes ({@link Dialect#toDb(Object)}).
 *
 * @param sql      the text
 * @param binds    the values, in placeholder order
 * @param readOnly the statement only reads (a SELECT the dialect rendered, or raw SQL known to be one):
 *                 a backend may run it on a read-only connection; {@code false} when not known
 * @param timeout  how long the statement may run before it is cancelled on the server ({@link Duration#ZERO}:
 *                 never), or {@code null} for the database's default ({@code statementTimeout})
 */
public record CompiledSql(String sql, List<Object> binds, boolean readOnly, Duration timeout) {
    public CompiledSql {
        binds = Collections.unmodifiableList(new ArrayList<>(binds)); // binds may hold nulls
        if (timeout != null && timeout.isNegative()) {
            throw new IllegalArgumentException("statement timeout must be >= 0: " + timeout);
        }
    }

    /** A statement with the database's default timeout. */
    public CompiledSql(String sql, List<Object> binds, boolean readOnly) {
        this(sql, binds, readOnly, null);
    }

    /** A statement not known to only read, with the database's default timeout. */
    public CompiledSql(String sql, List<Object> binds) {
        this(sql, binds, false, null);
    }

    /** This statement with {@code limit} as its timeout, unless it already has one of its own. */
    public CompiledSql withDefaultTimeout(Duration limit) {
        return timeout != null || limit == null ? this : new CompiledSql(sql, binds, readOnly, limit);
    }

    /** The timeout in milliseconds: this statement's own, else {@code defaultMillis}; 0 = none. */
    public long timeoutMillis(long defaultMillis) {
        if (timeout == null) {
            return defaultMillis;
        }
        long ms = timeout.toMillis();
        return ms == 0 && !timeout.isZero() ? 1 : ms; // a positive limit under 1 ms is 1 ms, not none
    }

    @Override
    public String toString() {
        return sql + " " + binds;
    }
}
