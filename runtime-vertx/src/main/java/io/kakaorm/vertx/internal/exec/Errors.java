package io.kakaorm.vertx.internal.exec;

import io.kakaorm.DatabaseException;
import io.kakaorm.IntegrityException;
import io.kakaorm.IntegrityException.Kind;
import io.kakaorm.KakaOrmException;
import io.kakaorm.dialect.CompiledSql;
import java.util.List;

/** Builds KakaORM exceptions from a database's SQL state and vendor code, read by its {@link ServerErrors}. */
public final class Errors {
    private Errors() {}

    /**
     * The exception for a failed statement: {@link IntegrityException} when {@code errors} says the error is a
     * constraint violation, else {@link DatabaseException}; KakaORM exceptions pass through.
     *
     * @param dialect the dialect's name, reported by the exception
     */
    public static RuntimeException translate(
            Throwable t,
            ServerErrors errors,
            String dialect,
            String sqlState,
            int code,
            String message,
            CompiledSql sql) {
        if (t instanceof KakaOrmException k) {
            return k;
        }
        String text = sql == null ? null : sql.sql();
        message = errors.explain(serverMessage(message, sqlState), code, text);
        Kind kind = errors.constraint(sqlState, code, message);
        List<Object> binds = sql == null ? List.of() : sql.binds();
        if (kind != null) {
            return new IntegrityException(
                    kind, errors.constraintName(message), dialect, sqlState, code, text, binds, message, t);
        }
        return new DatabaseException(dialect, sqlState, code, text, binds, message, t);
    }

    /**
     * The server's message: vertx-mysql-client formats it as {@code {errorMessage=…, errorCode=…,
     * sqlState=…}} and vertx-pg-client appends {@code (SQLSTATE)}; both are said again by the exception.
     */
    public static String serverMessage(String message, String sqlState) {
        if (message == null) {
            return null;
        }
        String m = message;
        if (m.startsWith("{errorMessage=")) {
            int end = m.lastIndexOf(", errorCode=");
            m = end > 0 ? m.substring("{errorMessage=".length(), end) : m;
        }
        if (sqlState != null && m.endsWith(" (" + sqlState + ")")) {
            m = m.substring(0, m.length() - sqlState.length() - 3);
        }
        return m;
    }
}
