package io.kakaorm.vertx.internal.sqlite;

import io.kakaorm.IntegrityException.Kind;
import io.kakaorm.vertx.internal.exec.ConstraintNames;
import io.kakaorm.vertx.internal.exec.ServerErrors;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What SQLite's extended result codes mean. SQLite has no SQLSTATE: {@link #sqliteState} derives the one
 * KakaORM reports. Every extended code of SQLITE_CONSTRAINT (19) is listed.
 */
public final class SqliteServerErrors implements ServerErrors {
    static final SqliteServerErrors INSTANCE = new SqliteServerErrors();
    private static final List<Pattern> NAMES =
            List.of(Pattern.compile("(?:UNIQUE|NOT NULL|CHECK) constraint failed: ([^)\\]]+)"));

    private SqliteServerErrors() {}

    @Override
    public String constraintName(String message) {
        return ConstraintNames.first(message, NAMES);
    }

    /**
     * A foreign key enforced by an ON DELETE/UPDATE RESTRICT action is reported as SQLITE_CONSTRAINT_TRIGGER
     * (1811) with the text "FOREIGN KEY constraint failed"; any other 1811 is a RAISE(ABORT/FAIL) of a user
     * trigger.
     */
    @Override
    public Kind constraint(String sqlState, int extendedCode, String message) {
        return switch (extendedCode) {
            case 2067, 1555, 2579 -> Kind.UNIQUE; // _UNIQUE, _PRIMARYKEY, _ROWID
            case 787 -> Kind.FOREIGN_KEY; // _FOREIGNKEY
            case 1299 -> Kind.NOT_NULL; // _NOTNULL
            case 275 -> Kind.CHECK; // _CHECK
            case 1811 ->
                message != null && message.contains("FOREIGN KEY constraint failed")
                        ? Kind.FOREIGN_KEY
                        : Kind.OTHER; // _TRIGGER
            // _COMMITHOOK, _FUNCTION, _VTAB, _PINNED, _DATATYPE (a STRICT table's type check)
            case 531, 1043, 2323, 2835, 3091 -> Kind.OTHER;
            case 19 -> fromText(message); // the primary code only
            default -> null;
        };
    }

    private static Kind fromText(String message) {
        String m = message == null ? "" : message;
        if (m.contains("UNIQUE constraint failed") || m.contains("PRIMARY KEY")) {
            return Kind.UNIQUE;
        }
        if (m.contains("FOREIGN KEY constraint failed")) {
            return Kind.FOREIGN_KEY;
        }
        if (m.contains("NOT NULL constraint failed")) {
            return Kind.NOT_NULL;
        }
        return m.contains("CHECK constraint failed") ? Kind.CHECK : Kind.OTHER;
    }

    /**
     * The SQLSTATE KakaORM reports for a SQLite error with extended result code {@code code}: 23505, 23503,
     * 23502, 23514 by constraint kind, 23000 for another constraint, else HY000.
     */
    public static String sqliteState(int code, String message) {
        Kind kind = INSTANCE.constraint(null, code, message);
        if (kind == null) {
            return "HY000";
        }
        return switch (kind) {
            case UNIQUE -> "23505";
            case FOREIGN_KEY -> "23503";
            case NOT_NULL -> "23502";
            case CHECK -> "23514";
            case OTHER -> "23000";
        };
    }
}
