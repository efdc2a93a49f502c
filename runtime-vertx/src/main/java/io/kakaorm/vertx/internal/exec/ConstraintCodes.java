package io.kakaorm.vertx.internal.exec;

import io.kakaorm.IntegrityException.Kind;

/**
 * Every constraint error code of the three databases and its {@link Kind}; {@code null} for an error
 * that is no constraint violation. Each table lists all of its database's constraint codes, so a code
 * missing here is a decision, not an oversight.
 */
final class ConstraintCodes {
    private ConstraintCodes() {}

    /** PostgreSQL: SQLSTATE class 23 (its vendor code is always 0). */
    static Kind postgres(String sqlState) {
        if (sqlState == null || !sqlState.startsWith("23")) {
            return null;
        }
        return switch (sqlState) {
            case "23505" -> Kind.UNIQUE; // unique_violation
            case "23503", "23001" -> Kind.FOREIGN_KEY; // foreign_key_violation, restrict_violation
            case "23502" -> Kind.NOT_NULL; // not_null_violation
            case "23514" -> Kind.CHECK; // check_violation
            default -> Kind.OTHER; // 23000 integrity_constraint_violation, 23P01 exclusion_violation
        };
    }

    /**
     * MySQL/MariaDB vendor codes. SQLSTATE 23000 alone does not say the kind, and MySQL also reports it
     * for errors that are no constraint violation (1052, an ambiguous column), so the code decides.
     */
    static Kind mysql(String sqlState, int code) {
        return switch (code) {
            // ER_DUP_KEY, ER_DUP_ENTRY, ER_DUP_UNIQUE, ER_FOREIGN_DUPLICATE_KEY, ER_DUP_ENTRY_WITH_KEY_NAME,
            // ER_FOREIGN_DUPLICATE_KEY_WITH(OUT)_CHILD_INFO, ER_DUP_UNKNOWN_IN_INDEX
            case 1022, 1062, 1169, 1557, 1586, 1761, 1762, 1859 -> Kind.UNIQUE;
            // ER_NO_REFERENCED_ROW(_2), ER_ROW_IS_REFERENCED(_2)
            case 1216, 1217, 1451, 1452 -> Kind.FOREIGN_KEY;
            // ER_BAD_NULL_ERROR, ER_WARN_NULL_TO_NOTNULL (strict), ER_NO_DEFAULT_FOR_FIELD
            case 1048, 1263, 1364 -> Kind.NOT_NULL;
            // MySQL ER_CHECK_CONSTRAINT_VIOLATED, MariaDB ER_CONSTRAINT_FAILED
            case 3819, 4025 -> Kind.CHECK;
            // ER_NON_UNIQ_ERROR: "Column 'x' in where clause is ambiguous", SQLSTATE 23000 all the same
            case 1052 -> null;
            default -> sqlState != null && sqlState.startsWith("23") ? Kind.OTHER : null;
        };
    }

    /**
     * SQLite extended result codes of SQLITE_CONSTRAINT (19). A foreign key enforced by an ON DELETE/UPDATE
     * RESTRICT action is reported as SQLITE_CONSTRAINT_TRIGGER (1811) with the text "FOREIGN KEY constraint
     * failed"; any other 1811 is a RAISE(ABORT/FAIL) of a user trigger.
     */
    static Kind sqlite(int extendedCode, String message) {
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

    /** The SQLSTATE KakaORM reports for a SQLite error (SQLite has none of its own). */
    static String sqliteState(Kind kind) {
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
