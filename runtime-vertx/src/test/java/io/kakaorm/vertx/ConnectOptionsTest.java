package io.kakaorm.vertx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.vertx.ConnectOptions.Kind;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectOptionsTest {

    @Test
    void parsesPostgresUrlWithEverything() {
        ConnectOptions o = ConnectOptions.parse("postgresql://app:s%40cret@db.local:6543/shop?maxSize=16"
                + "&connectTimeout=2000&idleTimeout=30000&ssl=true&search_path=tenant1");
        assertEquals(Kind.POSTGRES, o.kind());
        assertEquals("db.local", o.host());
        assertEquals(6543, o.port());
        assertEquals("shop", o.database());
        assertEquals("app", o.user());
        assertEquals("s@cret", o.password());
        assertEquals(16, o.maxSize());
        assertEquals(2000, o.connectTimeout());
        assertEquals(30000, o.idleTimeout());
        assertTrue(o.ssl());
        assertEquals(Map.of("search_path", "tenant1"), o.properties());
    }

    @Test
    void defaultsPortsPerKind() {
        assertEquals(5432, ConnectOptions.parse("postgres://u@h/d").port());
        ConnectOptions my = ConnectOptions.parse("mysql://root@127.0.0.1/test");
        assertEquals(Kind.MYSQL, my.kind());
        assertEquals(3306, my.port());
        assertNull(my.password());
        assertEquals(Kind.MYSQL, ConnectOptions.parse("mariadb://root@h:3307/x").kind());
    }

    /** A kind is its provider's name, found by name or URL scheme; not a constant of a closed enum. */
    @Test
    void kindsAreTheProvidersNames() {
        assertEquals(Kind.MYSQL, Kind.of("mariadb"));
        assertTrue(Kind.of("MySQL") == Kind.MYSQL, "the built-in kinds are their constants");
        assertEquals(Kind.POSTGRES, Kind.of("postgresql"));
        assertEquals("sqlite", Kind.of("sqlite").name());
        assertEquals("postgres", Kind.POSTGRES.toString());
        assertTrue(Kind.SQLITE.embedded());
        assertFalse(Kind.POSTGRES.embedded());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Kind.of("oracle"));
        assertTrue(
                unknown.getMessage().contains("'oracle'")
                        && unknown.getMessage().contains("mysql"),
                unknown.getMessage());
        ConnectOptions my = ConnectOptions.server(Kind.of("mariadb"), "h", 3307, "d", "u", null);
        assertEquals(
                "mysql://u@h:3307/d", my.toString().substring(0, my.toString().indexOf('?')));
        assertTrue(ConnectOptions.file(Kind.SQLITE, null).memory());
        assertThrows(IllegalArgumentException.class, () -> ConnectOptions.server(Kind.SQLITE, "h", 1, "d", null, null));
        assertThrows(IllegalArgumentException.class, () -> ConnectOptions.file(Kind.POSTGRES, "x.db"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "sqlite:./file.db, ./file.db",
        "sqlite:///./file.db, ./file.db",
        "sqlite:////abs/path.db, /abs/path.db",
        "sqlite:rel.db, rel.db",
    })
    void parsesSqliteFiles(String url, String file) {
        ConnectOptions o = ConnectOptions.parse(url);
        assertEquals(Kind.SQLITE, o.kind());
        assertEquals(file, o.file());
        assertFalse(o.memory());
    }

    @Test
    void parsesSqliteMemoryWithBusyTimeout() {
        ConnectOptions o = ConnectOptions.parse("sqlite::memory:?busyTimeout=1234");
        assertTrue(o.memory());
        assertEquals(1234, o.busyTimeout());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "oracle://scott:tiger@h/db | Unknown database URL scheme 'oracle' in oracle://scott:***@h/db",
                "postgresql://u:pw@h:notaport/db | Port 'notaport' in postgresql://u:***@h:notaport/db is not a number",
                "postgresql://u:pw@h:99999/db | Port 99999 in postgresql://u:***@h:99999/db is out of range",
                "mysql://u:pw@h | has no database name",
                "postgresql://u:pw@/db | postgresql://u:***@/db has no host",
                "postgresql://u:pw@h/db?poolSize=3 | Unknown parameter 'poolSize' in postgresql://u:***@h/db?poolSize=3",
                "postgresql://u:pw@h/db?maxSize=many | Bad value 'many' for parameter 'maxSize'",
                "postgresql://u:pw@h/db?maxSize=0 | maxSize must be at least 1",
                "sqlite: | has no file name",
                "sqlite://host/x.db | names a host",
            })
    void rejectsBadUrlsNamingTheProblemWithPasswordMasked(String url, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConnectOptions.parse(url));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("pw@") || e.getMessage().contains("tiger"), e.getMessage());
    }

    @Test
    void toStringMasksThePassword() {
        ConnectOptions o = ConnectOptions.parse("postgresql://user:topsecret@host/db");
        assertEquals("postgresql://user:***@host:5432/db?maxSize=5&connectTimeout=10000", o.toString());
    }

    @Test
    void withersChangeOneThing() {
        ConnectOptions o = ConnectOptions.sqliteFile("x.db")
                .withMaxSize(2)
                .withBusyTimeout(99)
                .withSsl(false);
        assertEquals(2, o.maxSize());
        assertEquals(99, o.busyTimeout());
        assertEquals("x.db", o.file());
        assertEquals(
                "other",
                ConnectOptions.parse("mysql://r@h/a").withDatabase("other").database());
    }
}
