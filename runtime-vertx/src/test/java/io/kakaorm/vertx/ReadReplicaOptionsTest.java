package io.kakaorm.vertx;

import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Read-replica options: URL and code forms, what they print, and what is refused. */
class ReadReplicaOptionsTest {
    @Test
    void replicasFromTheUrlCopyThePrimarysSettings() {
        ConnectOptions o = ConnectOptions.parse("postgresql://app:pw@db1:5432/shop?replicas=db2:5433,[::1],db3"
                + "&maxSize=7&sslmode=require&readYourWrites=1500&replicaRetry=2000");
        ReadReplicas r = o.readReplicas();
        assertEquals(3, r.replicas().size());
        ConnectOptions first = r.replicas().get(0);
        assertEquals("db2", first.host());
        assertEquals(5433, first.port());
        assertEquals("::1", r.replicas().get(1).host());
        assertEquals(5432, r.replicas().get(2).port(), "no port: the primary's");
        for (ConnectOptions c : r.replicas()) { // replicas= is applied after the other parameters
            assertEquals("shop", c.database());
            assertEquals("app", c.user());
            assertEquals("pw", c.password());
            assertEquals(7, c.maxSize());
            assertEquals(ConnectOptions.TlsMode.REQUIRE, c.tls());
            assertTrue(c.readReplicas().isEmpty());
        }
        assertEquals(Duration.ofMillis(1500), r.readYourWrites());
        assertEquals(Duration.ofMillis(2000), r.retryAfter());
        String printed = o.toString();
        assertFalse(printed.contains("pw@") || printed.contains(":pw"), printed);
        assertTrue(printed.contains("replicas=db2%3A5433%2C%5B%3A%3A1%5D%3A5432%2Cdb3%3A5432"), printed);
        assertEquals(
                r, ConnectOptions.parse(printed.replace("***", "pw")).readReplicas(), "the printed URL parses back");
    }

    @Test
    void replicasInCodeAreFullUrls() {
        ConnectOptions o = ConnectOptions.mysql("m1", 3306, "shop", "app", "pw")
                .withReplicas(List.of("mariadb://reader:rpw@m2:3307/shop?maxSize=20"))
                .withReadYourWrites(Duration.ofSeconds(2));
        ConnectOptions replica = o.readReplicas().replicas().get(0);
        assertEquals("reader", replica.user());
        assertEquals(20, replica.maxSize());
        assertEquals(Duration.ofSeconds(2), o.readReplicas().readYourWrites());
        assertFalse(o.toString().contains("rpw"), o.toString());
    }

    @Test
    void sqliteAndMismatchedKindsAreRefused() {
        IllegalArgumentException lite =
                assertThrows(IllegalArgumentException.class, () -> ConnectOptions.parse("sqlite:./x.db?replicas=h:1"));
        assertTrue(lite.getMessage().contains("SQLite has no read replicas"), lite.getMessage());
        Throwable connect = awaitFailure(KakaORM.connect("sqlite::memory:?replicas=h:1"));
        assertInstanceOf(IllegalArgumentException.class, connect);
        assertThrows(
                IllegalArgumentException.class,
                () -> ConnectOptions.sqliteMemory().withReplicas(List.of("sqlite::memory:")));
        IllegalArgumentException kind = assertThrows(
                IllegalArgumentException.class,
                () -> ConnectOptions.postgres("h", 5432, "d", "u", null).withReplicas(List.of("mysql://u@h:3306/d")));
        assertTrue(kind.getMessage().contains("a replica must be a server of the primary's kind"), kind.getMessage());
        IllegalArgumentException port = assertThrows(
                IllegalArgumentException.class, () -> ConnectOptions.parse("postgresql://u:secret@h/d?replicas=h2:x"));
        assertTrue(port.getMessage().contains("the port of replica 'h2:x' is not a number"), port.getMessage());
        assertFalse(port.getMessage().contains("secret"), port.getMessage());
    }
}
