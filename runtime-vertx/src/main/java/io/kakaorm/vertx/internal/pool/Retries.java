package io.kakaorm.vertx.internal.pool;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.vertx.internal.exec.ServerErrors;
import io.vertx.core.VertxException;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import java.io.IOException;

/**
 * Which failures of a statement outside a transaction may be retried once on a fresh connection without
 * the risk of applying it twice:
 * <ul>
 * <li>the connection was already closed when the statement was to be sent (it was never written);</li>
 * <li>the server ended the session while the statement waited or ran, rolling back what it ran
 * ({@link ServerErrors#sessionTerminated});</li>
 * <li>the connection broke under a plain SELECT (reading twice changes nothing);</li>
 * <li>the server refused a cached plan whose result type a schema change altered ({@link ServerErrors#stalePlan};
 * the statement did not run and the client evicted it).</li>
 * </ul>
 * A write whose connection broke after it was sent is not retried: whether it ran is unknown.
 */
final class Retries {
    private Retries() {}

    /** Whether {@code t}, the failure of {@code sql} run on the pool, allows one more attempt. */
    static boolean lostConnection(Throwable t, CompiledSql sql, ServerErrors errors) {
        if (notSent(t)
                || t instanceof DatabaseException d && errors.sessionTerminated(d.getSqlState(), d.getErrorCode())) {
            return true;
        }
        return brokenConnection(t) && isSelect(sql.sql());
    }

    /** The statement was never written to the socket: its connection was closed before. */
    static boolean notSent(Throwable t) {
        return t instanceof VertxException
                && t.getMessage() != null
                && t.getMessage().startsWith("Connection is not active now");
    }

    /** The socket failed under the statement: reset, closed, or the client saw no response. */
    private static boolean brokenConnection(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof IOException || c instanceof ClosedConnectionException || notSent(c)) {
                return true;
            }
        }
        return false;
    }

    /** The server refused a cached plan a schema change made stale. */
    static boolean stalePlan(Throwable t, ServerErrors errors) {
        return t instanceof DatabaseException d && errors.stalePlan(d.getSqlState(), d.getMessage());
    }

    private static boolean isSelect(String sql) {
        int i = 0;
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return sql.regionMatches(true, i, "SELECT", 0, 6);
    }
}
