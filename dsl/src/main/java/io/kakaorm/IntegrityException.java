package io.kakaorm;

import java.util.List;

/**
 * A constraint refused the write: UNIQUE, FOREIGN KEY, NOT NULL or CHECK (SQLSTATE class 23, SQLite's
 * SQLITE_CONSTRAINT). Nothing of the failed statement was written.
 */
public final class IntegrityException extends DatabaseException {
    /** Which kind of constraint failed, as far as the database says. */
    public enum Kind {
        UNIQUE,
        FOREIGN_KEY,
        NOT_NULL,
        CHECK,
        OTHER
    }

    private final Kind kind;
    private final String constraint;

    public IntegrityException(
            Kind kind,
            String dialect,
            String sqlState,
            int vendorCode,
            String sql,
            List<Object> binds,
            String databaseMessage,
            Throwable cause) {
        this(kind, null, dialect, sqlState, vendorCode, sql, binds, databaseMessage, cause);
    }

    public IntegrityException(
            Kind kind,
            String constraint,
            String dialect,
            String sqlState,
            int vendorCode,
            String sql,
            List<Object> binds,
            String databaseMessage,
            Throwable cause) {
        super(dialect, sqlState, vendorCode, sql, binds, kind + " constraint violated: " + databaseMessage, cause);
        this.kind = kind;
        this.constraint = constraint;
    }

    /**
     * What the database named as the violated constraint: its name ({@code author_email_key},
     * {@code fk_post_author}) or, where the database names none, the column(s) or CHECK expression it
     * reports ({@code author.email} on SQLite, {@code title} for NOT NULL on MariaDB); {@code null} when
     * the message names nothing (a foreign key on SQLite).
     */
    public String constraint() {
        return constraint;
    }

    /** The kind of constraint that failed. */
    public Kind kind() {
        return kind;
    }
}
