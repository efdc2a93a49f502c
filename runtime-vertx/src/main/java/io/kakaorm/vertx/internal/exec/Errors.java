package io.kakaorm.vertx.internal.exec;

import io.kakaorm.DatabaseException;
import io.kakaorm.IntegrityException;
import io.kakaorm.IntegrityException.Kind;
import io.kakaorm.KakaOrmException;
import io.kakaorm.dialect.CompiledSql;
import java.util.List;

/** Builds KakaORM exceptions from a database's SQL state and vendor code. */
public final class Errors {
    private Errors() {}

    /**
     * The exception for a failed statement: {@link IntegrityException} for SQLSTATE class 23 or a
     * constraint vendor code, else {@link DatabaseException}; KakaORM exceptions pass through.
     */
    public static RuntimeException translate(
            Throwable t, String dialect, String sqlState, int code, String message, CompiledSql sql) {
        if (t instanceof KakaOrmException k) {
            return k;
        }
        message = serverMessage(message, sqlState);
        if ("mysql".equals(dialect) && code == 1242 && sql != null) {
            message = JavaFailures.explain(message, sql.sql());
        }
        Kind kind = kind(dialect, sqlState, code, message);
        String text = sql == null ? null : sql.sql();
        List<Object> binds = sql == null ? List.of() : sql.binds();
        if (kind != null) {
            return new IntegrityException(
                    kind, ConstraintNames.from(message), dialect, sqlState, code, text, binds, message, t);
        }
        return new DatabaseException(dialect, sqlState, code, text, binds, message, t);
    }

    /**
     * The server's own message: vertx-mysql-client formats it as {@code {errorMessage=…, errorCode=…,
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

    /** The constraint kind of an error of {@code dialect}, or {@code null} when it is no constraint violation. */
    static Kind kind(String dialect, String sqlState, int code, String message) {
        return switch (dialect) {
            case "mysql" -> ConstraintCodes.mysql(sqlState, code);
            case "sqlite" -> ConstraintCodes.sqlite(code, message);
            default -> ConstraintCodes.postgres(sqlState);
        };
    }

    /**
     * The SQLSTATE KakaORM reports for a SQLite error with extended result code {@code code} (SQLite has
     * none): 23505, 23503, 23502, 23514 by constraint kind, 23000 for another constraint, else HY000.
     */
    public static String sqliteState(int code, String message) {
        return ConstraintCodes.sqliteState(ConstraintCodes.sqlite(code, message));
    }
}
