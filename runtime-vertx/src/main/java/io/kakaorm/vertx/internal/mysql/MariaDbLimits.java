package io.kakaorm.vertx.internal.mysql;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.vertx.internal.pool.StatementLimits;
import io.vertx.core.Future;
import io.vertx.sqlclient.DatabaseException;
import io.vertx.sqlclient.SqlConnection;
import java.math.BigDecimal;

/**
 * MariaDB statement timeouts: the server's {@code max_statement_time}. The database's default is the
 * session's value (set on every new connection by {@link MySqlBackendFactory}); a statement with its
 * own timeout runs as {@code SET STATEMENT max_statement_time=<seconds> FOR <statement>}, which MariaDB
 * accepts for SELECT, WITH, INSERT, UPDATE, DELETE and REPLACE — other statements keep the session's
 * limit; a cursor (stream) with its own timeout sets the session's value around it instead. A statement
 * over its limit fails with error 1969 (see {@link MySqlServerErrors#statementTimedOut}).
 */
final class MariaDbLimits extends StatementLimits {
    static final MariaDbLimits INSTANCE = new MariaDbLimits();
    private static final String[] LIMITABLE = {"SELECT", "WITH", "INSERT", "UPDATE", "DELETE", "REPLACE"};

    private MariaDbLimits() {}

    @Override
    public String text(CompiledSql sql, long defaultMillis) {
        if (sql.timeout() == null || !limitable(sql.sql())) {
            return sql.sql();
        }
        return "SET STATEMENT max_statement_time=" + seconds(sql.timeoutMillis(defaultMillis)) + " FOR " + sql.sql();
    }

    @Override
    public Future<Void> beforeCursor(SqlConnection conn, CompiledSql sql, long defaultMillis) {
        return sql.timeout() == null ? Future.succeededFuture() : session(conn, sql.timeoutMillis(defaultMillis));
    }

    @Override
    public Future<Void> afterCursor(SqlConnection conn, CompiledSql sql, long defaultMillis) {
        return sql.timeout() == null ? Future.succeededFuture() : session(conn, defaultMillis);
    }

    /**
     * MariaDB answers a cursor whose opening {@code max_statement_time} interrupted as opened, and its first fetch
     * then fails with 1421 "has no open cursor": after the limit has passed, that is the timeout.
     */
    @Override
    public boolean cursorCancelled(Throwable t, boolean cancelRequested, long timeoutMs, long elapsedNanos) {
        return timeoutMs > 0
                && t instanceof DatabaseException d
                && d.getErrorCode() == 1421
                && elapsedNanos >= timeoutMs * 1_000_000L;
    }

    private static Future<Void> session(SqlConnection conn, long ms) {
        return conn.query("SET SESSION max_statement_time = " + seconds(ms))
                .execute()
                .mapEmpty();
    }

    private static String seconds(long ms) {
        return BigDecimal.valueOf(ms, 3).toPlainString();
    }

    private static boolean limitable(String sql) {
        int i = 0;
        while (i < sql.length() && (Character.isWhitespace(sql.charAt(i)) || sql.charAt(i) == '(')) {
            i++;
        }
        for (String k : LIMITABLE) {
            if (sql.regionMatches(true, i, k, 0, k.length())
                    && (i + k.length() == sql.length() || !Character.isLetterOrDigit(sql.charAt(i + k.length())))) {
                return true;
            }
        }
        return false;
    }
}
