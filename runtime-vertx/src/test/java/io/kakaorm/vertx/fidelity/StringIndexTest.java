package io.kakaorm.vertx.fidelity;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.DatabaseException;
import io.kakaorm.Filter;
import io.kakaorm.QueryTranslationException;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Where Java throws ({@code substring}/{@code charAt} out of range, a negative {@code repeat}) the query
 * fails on every database rather than answer for that row; indices are UTF-16 units, supplementary
 * characters included; a guarded call ({@code length() > k && substring(k)…}) runs.
 */
@ExtendWith(TestDatabases.class)
class StringIndexTest {
    private static Database withRows(TestDb testDb, String... values) {
        Database db = TestDatabases.open(testDb);
        await(db.createTable(EdgeRow.class));
        for (String v : values) {
            EdgeRow r = EdgeValues.rows(1, 1, true).get(0);
            r.s = v;
            r.t = "";
            await(db.save(r));
        }
        return db;
    }

    private static List<String> select(Database db, Filter<EdgeRow> f) {
        return await(db.from(EdgeRow.class)
                .where(f)
                .orderBy(r -> r.id)
                .select(r -> r.s)
                .list());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void outOfRangeFailsTheQuery(TestDb testDb) {
        Database db = withRows(testDb, "abc", "a");
        List<Filter<EdgeRow>> throwing = List.of(
                r -> !r.s.substring(2).equals("zz"),
                r -> r.s.substring(0, 2).equals("ab") || r.b,
                r -> r.s.charAt(2) != 'x',
                r -> r.s.repeat(r.s.length() - 2).isEmpty());
        for (int i = 0; i < throwing.size(); i++) {
            Filter<EdgeRow> f = throwing.get(i);
            DatabaseException e = assertThrows(DatabaseException.class, () -> select(db, f), "lambda " + i);
            assertTrue(
                    e.getMessage().contains("StringIndexOutOfBounds")
                            || e.getMessage().contains("count is negative")
                            || e.getMessage().contains("Subquery returns more than 1 row"),
                    e.getMessage());
            if (testDb == TestDb.MYSQL) {
                // MariaDB's own error names nothing: the runtime adds the lambda's line and the Java exception
                assertTrue(e.getMessage().contains("the lambda at StringIndexTest.java:"), e.getMessage());
            }
        }
        // a constant negative index throws in Java for every row: refused before anything is sent
        QueryTranslationException q = assertThrows(
                QueryTranslationException.class,
                () -> select(db, r -> r.s.substring(-1).isEmpty() || r.s.isEmpty()));
        assertTrue(q.getMessage().contains("StringIndexTest.java:"), q.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void guardsKeepTheDatabaseFromEvaluatingTheThrowingCall(TestDb testDb) {
        Database db = withRows(testDb, "abcd", "a", "", "abx");
        assertEquals(
                List.of("abcd"),
                select(db, r -> r.s.length() > 3 && r.s.substring(0, 3).equals("abc")));
        assertEquals(
                List.of("a", "", "abx"),
                select(db, r -> r.s.length() <= 3 || !r.s.substring(0, 3).equals("abc")));
        // nested in a ternary, where SQLite used to evaluate both sides of the &&
        assertEquals(
                List.of("abcd"),
                select(db, r -> r.s.isEmpty() ? r.b && !r.b : r.s.length() > 3 && r.s.charAt(3) == 'd'));
        assertEquals(
                List.of("abcd", "abx"),
                select(
                        db,
                        r -> r.s.length() > 2 && String.valueOf(r.s.charAt(2)).compareTo("c") >= 0));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void guardsKeepTheDatabaseFromDividingByZeroWhereJavaDoesNot(TestDb testDb) {
        // "" has length 0: Java never divides by it behind the guard, PostgreSQL must not either
        Database db = withRows(testDb, "abcd", "", "abc", "a");
        int seven = 7;
        assertEquals(List.of("", "abc"), select(db, r -> r.s.isEmpty() || seven % r.s.length() == 1));
        assertEquals(List.of("abcd", "a"), select(db, r -> !r.s.isEmpty() && 4 % r.s.length() == 0));
        assertEquals(List.of("abcd", "abc"), select(db, r -> r.s.length() > 2 && Math.floorMod(-7, r.s.length()) > 0));
        assertEquals(
                List.of("abcd", "", "a"),
                select(db, r -> r.s.length() < 2 ? r.s.length() < 5 : 12 / r.s.length() == 3));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void indexOfFromAndCodePoints(TestDb testDb) {
        Database db = withRows(testDb, "abab", "\uD83D\uDE00a\uD83D\uDE00a", "");
        assertEquals(List.of("abab"), select(db, r -> r.s.indexOf("ab", 1) == 2));
        assertEquals(List.of("\uD83D\uDE00a\uD83D\uDE00a"), select(db, r -> r.s.indexOf("a", 3) == 5));
        assertEquals(List.of("\uD83D\uDE00a\uD83D\uDE00a"), select(db, r -> r.s.indexOf("\uD83D\uDE00", 1) == 3));
        assertEquals(
                List.of("abab", "\uD83D\uDE00a\uD83D\uDE00a", ""),
                select(db, r -> r.s.indexOf("", 99) == r.s.length()));
        assertEquals(List.of("abab", "\uD83D\uDE00a\uD83D\uDE00a"), select(db, r -> r.s.indexOf("a", -5) >= 0));
        assertEquals(
                List.of("abab", "\uD83D\uDE00a\uD83D\uDE00a"),
                select(db, r -> r.s.codePointCount(0, r.s.length()) == 4));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void utf16IndicesAndGuards(TestDb testDb) {
        Database db = withRows(testDb, "abc", "a", "x\uD83D\uDE00yx", "");
        assertEquals(
                List.of("abc"),
                select(db, r -> r.s.length() == 3 && r.s.substring(2).equals("c")));
        assertEquals(
                List.of("x\uD83D\uDE00yx"),
                select(db, r -> r.s.length() > 3 && r.s.substring(3, 4).equals("y")));
        assertEquals(List.of("x\uD83D\uDE00yx"), select(db, r -> r.s.length() > 2 && r.s.charAt(2) == '\uDE00'));
        assertEquals(List.of("x\uD83D\uDE00yx"), select(db, r -> r.s.indexOf("y") == 3 && r.s.lastIndexOf('x') == 4));
        assertEquals(List.of("abc", "a", "x\uD83D\uDE00yx"), select(db, r -> r.s.indexOf("") == 0 && !r.s.isEmpty()));
        assertEquals(List.of("x\uD83D\uDE00yx"), select(db, r -> r.s.startsWith("y", 3)));
        assertEquals(List.of("abc", "a", "x\uD83D\uDE00yx", ""), select(db, r -> !r.s.startsWith("\uD83D\uDE00", 2)));
        assertEquals(
                List.of("abc"), select(db, r -> r.s.replace("b", "\uD83D\uDE00").equals("a\uD83D\uDE00c")));
        assertEquals(List.of("a"), select(db, r -> r.s.repeat(3).equals("aaa")));
    }
}
