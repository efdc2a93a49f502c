package io.kakaorm.vertx.it;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.DatabaseException;
import io.kakaorm.Row;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(TestDatabases.class)
class RawSqlTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void fetchExecuteAndFetchValueWithQuestionMarks(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Author.class));
        assertEquals(1, await(db.execute("INSERT INTO author (name, email) VALUES (?, ?)", "Ann", "ann@x")));
        assertEquals(1, await(db.execute("INSERT INTO author (name, email) VALUES (?, ?)", List.of("Bob", "bob@x"))));
        List<Row> rows = await(db.fetch("SELECT name, email FROM author WHERE name <> ? ORDER BY name", "nobody"));
        assertEquals(2, rows.size());
        assertEquals(List.of("name", "email"), List.copyOf(rows.get(0).keySet()));
        assertEquals("Ann", rows.get(0).getString("name"));
        assertEquals("bob@x", rows.get(1).get("email"));
        assertEquals(2, await(db.execute("UPDATE author SET email = NULL WHERE name IN (?, ?)", "Ann", "Bob")));
        assertEquals(2L, await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM author WHERE email IS NULL")));
        assertEquals("Bob", await(db.fetchValue("SELECT name FROM author WHERE name LIKE ?", "B%")));
        assertNull(await(db.fetchValue("SELECT name FROM author WHERE name = ?", "nobody")));
        assertEquals(new BigDecimal("2"), await(db.fetchValue(BigDecimal.class, "SELECT COUNT(*) FROM author")));
        assertEquals(1, await(db.fetchValue(Integer.class, "SELECT COUNT(*) FROM author WHERE name = ?", "Ann")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void questionMarkInsideStringLiteralIsLeftAlone(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Author.class));
        await(db.execute("INSERT INTO author (name, email) VALUES ('who?', ?)", "q@x"));
        List<Row> rows = await(db.fetch("SELECT name, email FROM author WHERE name = 'who?' AND email = ?", "q@x"));
        assertEquals(1, rows.size());
        assertEquals("who?", rows.get(0).getString("name"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void valuesAreBoundNeverSpliced(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Author.class));
        String evil = "x'); DROP TABLE author; --";
        await(db.execute("INSERT INTO author (name) VALUES (?)", evil));
        assertEquals(evil, await(db.fetchValue("SELECT name FROM author")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void binaryValuesComeBackAsByteArrays(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Gadget.class));
        byte[] bytes = {0, 7, 0, (byte) 200};
        await(db.create(Gadget.class, g -> g.bytes = bytes));
        Object v = await(db.fetchValue("SELECT bytes FROM gadget"));
        assertArrayEquals(bytes, assertInstanceOf(byte[].class, v));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void badSqlIsADatabaseExceptionWithStateAndSql(TestDb which) {
        Database db = TestDatabases.open(which);
        DatabaseException e = assertInstanceOf(
                DatabaseException.class, awaitFailure(db.fetch("SELECT nope FROM no_such_table WHERE x = ?", 1)));
        assertEquals(which.dialect(), e.dialect());
        assertTrue(e.sql().contains("no_such_table"), e.sql());
        assertTrue(e.getMessage().contains("SQL state"), e.getMessage());
    }
}
