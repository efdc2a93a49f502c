package io.kakaorm.vertx.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.kakaorm.DatabaseException;
import io.kakaorm.IntegrityException;
import io.kakaorm.IntegrityException.Kind;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.internal.connect.Backends;
import io.kakaorm.vertx.internal.exec.Errors;
import io.kakaorm.vertx.internal.exec.ServerErrors;
import io.kakaorm.vertx.internal.sqlite.SqliteServerErrors;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every constraint code of the three databases maps to its kind, through the error facts of each database's
 * provider (the live tests are ConstraintKindsTest).
 */
class ConstraintCodesTest {

    record Case(String dialect, String sqlState, int code, String message, Kind kind) {}

    private static final List<Case> CASES = List.of(
            new Case("postgres", "23505", 0, "duplicate key", Kind.UNIQUE),
            new Case("postgres", "23503", 0, "violates foreign key constraint", Kind.FOREIGN_KEY),
            new Case("postgres", "23001", 0, "restrict violation", Kind.FOREIGN_KEY),
            new Case("postgres", "23502", 0, "null value in column", Kind.NOT_NULL),
            new Case("postgres", "23514", 0, "violates check constraint", Kind.CHECK),
            new Case("postgres", "23P01", 0, "exclusion", Kind.OTHER),
            new Case("postgres", "23000", 0, "integrity", Kind.OTHER),
            new Case("postgres", "42P01", 0, "no such table", null),
            new Case("mysql", "23000", 1062, "Duplicate entry", Kind.UNIQUE),
            new Case("mysql", "23000", 1586, "Duplicate entry for key name", Kind.UNIQUE),
            new Case("mysql", "23000", 1022, "duplicate key in table", Kind.UNIQUE),
            new Case("mysql", "23000", 1169, "unique constraint", Kind.UNIQUE),
            new Case("mysql", "23000", 1557, "foreign duplicate key", Kind.UNIQUE),
            new Case("mysql", "23000", 1761, "foreign duplicate key with child", Kind.UNIQUE),
            new Case("mysql", "23000", 1762, "foreign duplicate key without child", Kind.UNIQUE),
            new Case("mysql", "23000", 1859, "duplicate unknown in index", Kind.UNIQUE),
            new Case("mysql", "23000", 1451, "Cannot delete or update a parent row", Kind.FOREIGN_KEY),
            new Case("mysql", "23000", 1452, "Cannot add or update a child row", Kind.FOREIGN_KEY),
            new Case("mysql", "23000", 1216, "no referenced row", Kind.FOREIGN_KEY),
            new Case("mysql", "23000", 1217, "row is referenced", Kind.FOREIGN_KEY),
            new Case("mysql", "23000", 1048, "Column 'x' cannot be null", Kind.NOT_NULL),
            new Case("mysql", "22004", 1263, "NULL supplied to NOT NULL column", Kind.NOT_NULL),
            new Case("mysql", "HY000", 1364, "Field 'x' doesn't have a default value", Kind.NOT_NULL),
            new Case("mysql", "HY000", 3819, "Check constraint 'c' is violated", Kind.CHECK),
            new Case("mysql", "23000", 4025, "CONSTRAINT `c` failed", Kind.CHECK),
            new Case("mysql", "23000", 1052, "Column 'id' in where clause is ambiguous", null),
            new Case("mysql", "42S02", 1146, "Table doesn't exist", null),
            new Case("sqlite", null, 2067, "UNIQUE constraint failed: t.x", Kind.UNIQUE),
            new Case("sqlite", null, 1555, "UNIQUE constraint failed: t.id", Kind.UNIQUE),
            new Case("sqlite", null, 2579, "rowid not unique", Kind.UNIQUE),
            new Case("sqlite", null, 787, "FOREIGN KEY constraint failed", Kind.FOREIGN_KEY),
            new Case(
                    "sqlite",
                    null,
                    1811,
                    "A RAISE function within a trigger fired, causing the SQL statement to"
                            + " abort (FOREIGN KEY constraint failed)",
                    Kind.FOREIGN_KEY),
            new Case("sqlite", null, 1811, "A RAISE function within a trigger fired (no negative stock)", Kind.OTHER),
            new Case("sqlite", null, 1299, "NOT NULL constraint failed: t.x", Kind.NOT_NULL),
            new Case("sqlite", null, 275, "CHECK constraint failed: x > 0", Kind.CHECK),
            new Case("sqlite", null, 531, "commit hook", Kind.OTHER),
            new Case("sqlite", null, 1043, "function", Kind.OTHER),
            new Case("sqlite", null, 2323, "vtab", Kind.OTHER),
            new Case("sqlite", null, 2835, "pinned", Kind.OTHER),
            new Case("sqlite", null, 3091, "cannot store TEXT value in INTEGER column", Kind.OTHER),
            new Case("sqlite", null, 19, "NOT NULL constraint failed: t.y", Kind.NOT_NULL),
            new Case("sqlite", null, 1, "no such table: t", null),
            new Case("sqlite", null, 5, "database is locked", null));

    @Test
    void everyCode_mapsToItsKind() {
        for (Case c : CASES) {
            ServerErrors errors =
                    Backends.forKind(ConnectOptions.Kind.of(c.dialect())).errors();
            String state =
                    c.dialect().equals("sqlite") ? SqliteServerErrors.sqliteState(c.code(), c.message()) : c.sqlState();
            RuntimeException e = Errors.translate(
                    new RuntimeException(c.message()), errors, c.dialect(), state, c.code(), c.message(), null);
            String what = c.dialect() + " " + c.sqlState() + "/" + c.code();
            if (c.kind() == null) {
                assertFalse(e instanceof IntegrityException, what);
                assertInstanceOf(DatabaseException.class, e, what);
            } else {
                assertEquals(
                        c.kind(),
                        assertInstanceOf(IntegrityException.class, e, what).kind(),
                        what);
            }
        }
    }

    @Test
    void sqliteStates_followTheKind() {
        assertEquals("23503", SqliteServerErrors.sqliteState(1811, "(FOREIGN KEY constraint failed)"));
        assertEquals("23000", SqliteServerErrors.sqliteState(1811, "custom"));
        assertEquals("23505", SqliteServerErrors.sqliteState(2067, ""));
        assertEquals("HY000", SqliteServerErrors.sqliteState(1, "no such table"));
    }
}
