package io.kakaorm.vertx.reliability;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.ParameterException;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A wrong parameter count or type for raw SQL is refused before any SQL runs, the same on every database. */
@ExtendWith(TestDatabases.class)
class RawParametersTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void wrongCountOrTypeIsRefusedBeforeAnySql(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.execute("CREATE TABLE params (a INTEGER, b VARCHAR(20))"));
        String insert = "INSERT INTO params (a, b) VALUES (?, ?)";
        Throwable few = awaitFailure(db.execute(insert, 1));
        assertInstanceOf(ParameterException.class, few, String.valueOf(few));
        assertTrue(few.getMessage().contains("2 ? placeholder(s) but 1 parameter(s)"), few.getMessage());
        Throwable many = awaitFailure(db.execute(insert, 1, "x", 3));
        assertTrue(many.getMessage().contains("2 ? placeholder(s) but 3 parameter(s)"), many.getMessage());
        Throwable type = awaitFailure(db.execute(insert, 1, new StringBuilder("sb")));
        assertInstanceOf(ParameterException.class, type, String.valueOf(type));
        assertTrue(type.getMessage().contains("Parameter 2 is a java.lang.StringBuilder"), type.getMessage());
        Throwable fetch = awaitFailure(db.fetch("SELECT a FROM params WHERE a = ?", List.of()));
        assertInstanceOf(ParameterException.class, fetch, String.valueOf(fetch));
        Throwable value = awaitFailure(db.fetchValue("SELECT a FROM params WHERE a = ? AND b = ?", 1));
        assertInstanceOf(ParameterException.class, value, String.valueOf(value));
        assertEquals(0L, await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM params")), "nothing was written");
        // placeholders inside literals and comments are not counted
        assertEquals(1, await(db.execute("INSERT INTO params (a, b) VALUES (?, 'a?') -- why?", 7)));
        assertEquals(1L, await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM params WHERE b = 'a?' AND a = ?", 7)));
        await(db.execute("DROP TABLE params"));
    }
}
