package io.kakaorm;

import java.util.List;

/**
 * A constraint refused the write: UNIQUE, FOREIGN KEY, NOT NULL or CHECK (SQLSTATE class 23, SQLite's
 * SQLITE_CONSTRAINT). Nothing of the failed statement was written.
 */
public final class IntegrityException extends DatabaseException {
    /** Which kind of constraint failed, as far as the database says. */
    public enum Kind { UNIQUE, FOREIGN_KEY, NOT_NULL, CHECK, OTHER }

    private final Kind kind;

    public IntegrityException(Kind kind, String dialect, String sqlState, int vendorCode, String sql,
            List<Object> binds, String databaseMessage, Throwable cause) {
        super(dialect, sqlState, vendorCode, sql, binds, kind + " constraint violated: " + databaseMessage, cause);
        this.kind = kind;
    }

    /** The kind of constraint that failed. */
    public Kind kind() {
        return kind;
    }
}
