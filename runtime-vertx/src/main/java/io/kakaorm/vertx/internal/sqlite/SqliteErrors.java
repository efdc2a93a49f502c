package io.kakaorm.vertx.internal.sqlite;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.vertx.internal.exec.Errors;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** SQLite result codes → KakaORM exceptions, with an SQLSTATE derived from the extended code. */
final class SqliteErrors {
    private SqliteErrors() {
    }

    static RuntimeException translate(Throwable t, CompiledSql sql) {
        if (t instanceof SQLiteException e) {
            SQLiteErrorCode code = e.getResultCode();
            return Errors.translate(t, "sqlite", sqlState(code), code.code, e.getMessage(), sql);
        }
        if (t instanceof java.sql.SQLException e) {
            return Errors.translate(t, "sqlite", e.getSQLState(), e.getErrorCode(), e.getMessage(), sql);
        }
        return t instanceof RuntimeException r ? r : new IllegalStateException(t);
    }

    static String sqlState(SQLiteErrorCode code) {
        return switch (code) {
            case SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY -> "23505";
            case SQLITE_CONSTRAINT_FOREIGNKEY -> "23503";
            case SQLITE_CONSTRAINT_NOTNULL -> "23502";
            case SQLITE_CONSTRAINT_CHECK -> "23514";
            default -> code.name().startsWith("SQLITE_CONSTRAINT") ? "23000" : "HY000";
        };
    }
}
