package io.kakaorm.vertx.internal.sqlite;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.sqlite.SqliteDialect;
import io.kakaorm.vertx.internal.exec.Errors;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** SQLite result codes → KakaORM exceptions, with an SQLSTATE derived from the extended code. */
final class SqliteErrors {
    private SqliteErrors() {}

    static RuntimeException translate(Throwable t, CompiledSql sql) {
        SqliteServerErrors errors = SqliteServerErrors.INSTANCE;
        if (t instanceof SQLiteException e) {
            SQLiteErrorCode code = e.getResultCode();
            return Errors.translate(
                    t,
                    errors,
                    SqliteDialect.NAME,
                    SqliteServerErrors.sqliteState(code.code, e.getMessage()),
                    code.code,
                    e.getMessage(),
                    sql);
        }
        if (t instanceof SQLException e) {
            return Errors.translate(
                    t, errors, SqliteDialect.NAME, e.getSQLState(), e.getErrorCode(), e.getMessage(), sql);
        }
        return t instanceof RuntimeException r ? r : new IllegalStateException(t);
    }
}
