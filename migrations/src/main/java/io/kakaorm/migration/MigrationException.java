package io.kakaorm.migration;

import io.kakaorm.KakaOrmException;

/**
 * A migration that failed, a file changed after it was applied, or a migrations directory that does not
 * validate. The message is an aligned block in the Flyway manner:
 *
 * <pre>
 * Migration 0003_add_slug.sql failed on mysql
 * -----------------------------------------
 * Line      : 4
 * Statement : ALTER TABLE `post` ADD COLUMN `slug` VARCHAR(80) NOT NULL
 * SQL state : 42S21
 * Message   : Duplicate column name 'slug'
 * </pre>
 *
 * The typed accessors carry the same facts; {@link #kind()} tells the failures apart (the CLI maps it to
 * its exit code).
 */
public class MigrationException extends KakaOrmException {
    /** What went wrong. */
    public enum Kind {
        /** A statement of a migration failed. */
        FAILED,
        /** An applied file's checksum differs from the file on disk. */
        CHECKSUM,
        /** The migrations directory or history is not in a state to run (missing file, failed row, …). */
        VALIDATION,
        /** Another migrator held the lock too long. */
        LOCK
    }

    private final Kind kind;
    private final String file;
    private final int line;
    private final String statement;
    private final String sqlState;

    protected MigrationException(
            Kind kind, String message, String file, int line, String statement, String sqlState, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.file = file;
        this.line = line;
        this.statement = statement;
        this.sqlState = sqlState;
    }

    /** A failure of statement {@code statement} at {@code line} of {@code file}; {@code advice} ends the message. */
    public static MigrationException failed(
            String dialect,
            String file,
            int line,
            String statement,
            String sqlState,
            String dbMessage,
            String advice,
            Throwable cause) {
        StringBuilder b = new StringBuilder();
        String title = "Migration " + file + " failed on " + dialect;
        b.append(title).append('\n').append("-".repeat(title.length())).append('\n');
        b.append("Line      : ").append(line).append('\n');
        b.append("Statement : ").append(abbreviate(statement)).append('\n');
        b.append("SQL state : ").append(sqlState == null ? "-" : sqlState).append('\n');
        b.append("Message   : ").append(dbMessage);
        if (advice != null) {
            b.append('\n').append(advice);
        }
        return new MigrationException(Kind.FAILED, b.toString(), file, line, statement, sqlState, cause);
    }

    /** An applied file changed on disk. */
    public static MigrationException checksum(String file, String applied, String local) {
        String msg = "Migration checksum mismatch for " + file + "\n"
                + "-> Applied : " + applied + "\n"
                + "-> Local   : " + local + "\n"
                + "Revert the file to what was applied, or run repair if the change is intended"
                + " (kakaorm repair / VersionedMigrator.repair).";
        return new MigrationException(Kind.CHECKSUM, msg, file, 0, null, null, null);
    }

    /** The directory or history is not in a state to run. */
    public static MigrationException validation(String message) {
        return new MigrationException(Kind.VALIDATION, message, null, 0, null, null, null);
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }

    /** The migration file name, or {@code null}. */
    public String file() {
        return file;
    }

    /** The 1-based line of the failing statement in the file, or 0. */
    public int line() {
        return line;
    }

    /** The failing statement, or {@code null}. */
    public String statement() {
        return statement;
    }

    /** The database's SQL state, or {@code null}. */
    public String sqlState() {
        return sqlState;
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() > 1000 ? one.substring(0, 1000) + " …" : one;
    }
}
