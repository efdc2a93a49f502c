package io.kakaorm.vertx.internal.exec;

import io.kakaorm.DatabaseException;
import io.kakaorm.IntegrityException;
import io.kakaorm.IntegrityException.Kind;
import io.kakaorm.KakaOrmException;
import io.kakaorm.dialect.CompiledSql;

/** Builds KakaORM exceptions from a database's SQL state and vendor code. */
public final class Errors {
    private Errors() {
    }

    /**
     * The exception for a failed statement: {@link IntegrityException} for SQLSTATE class 23 or a
     * constraint vendor code, else {@link DatabaseException}; KakaORM exceptions pass through.
     */
    public static RuntimeException translate(Throwable t, String dialect, String sqlState, int code, String message,
            CompiledSql sql) {
        if (t instanceof KakaOrmException k) {
            return k;
        }
        message = serverMessage(message, sqlState);
        Kind kind = kind(sqlState, code);
        String text = sql == null ? null : sql.sql();
        java.util.List<Object> binds = sql == null ? java.util.List.of() : sql.binds();
        if (kind != null) {
            return new IntegrityException(kind, ConstraintNames.from(message), dialect, sqlState, code, text, binds,
                    message, t);
        }
        return new DatabaseException(dialect, sqlState, code, text, binds, message, t);
    }

    /**
     * The server's own message: vertx-mysql-client formats it as {@code {errorMessage=…, errorCode=…,
     * sqlState=…}} and vertx-pg-client appends {@code (SQLSTATE)}; both are said again by the exception.
     */
    static String serverMessage(String message, String sqlState) {
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

    /** The constraint kind of an error, or {@code null} when it is no constraint violation. */
    static Kind kind(String sqlState, int code) {
        switch (code) { // MySQL/MariaDB vendor codes (PostgreSQL reports code 0)
            case 1062, 1586 -> {
                return Kind.UNIQUE;
            }
            case 1451, 1452, 1216, 1217 -> {
                return Kind.FOREIGN_KEY;
            }
            case 1048, 1364 -> {
                return Kind.NOT_NULL;
            }
            case 3819, 4025 -> {
                return Kind.CHECK;
            }
            default -> {
            }
        }
        if (sqlState == null || !sqlState.startsWith("23")) {
            return null;
        }
        return switch (sqlState) {
            case "23505" -> Kind.UNIQUE;
            case "23503" -> Kind.FOREIGN_KEY;
            case "23502" -> Kind.NOT_NULL;
            case "23514" -> Kind.CHECK;
            default -> Kind.OTHER;
        };
    }
}
