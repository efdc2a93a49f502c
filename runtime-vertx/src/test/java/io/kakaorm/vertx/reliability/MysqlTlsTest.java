package io.kakaorm.vertx.reliability;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.DatabaseException;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TLS modes and password logins against a throwaway MariaDB whose user must use TLS, started and removed
 * here; and {@code sslmode=require} against a second throwaway MariaDB without TLS.
 */
class MysqlTlsTest {
    private static ThrowawayMariaDb db;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/mariadbd")), "no /usr/sbin/mariadbd");
        db = new ThrowawayMariaDb(true);
    }

    @AfterAll
    static void stop() throws Exception {
        if (db != null) {
            db.close();
            assertFalse(db.alive(), "the server was stopped");
            assertFalse(Files.exists(db.dir), "the server's directory was deleted");
        }
    }

    private static String url(String host, String password, String query) {
        return db.url(host, "kk", password, query);
    }

    /** Connecting fails with a DatabaseException naming the masked URL and never the password. */
    private static Throwable refused(String url) {
        Throwable e = awaitFailure(KakaORM.connect(url));
        assertInstanceOf(DatabaseException.class, e, String.valueOf(e));
        assertFalse(e.getMessage().contains(ThrowawayMariaDb.PASSWORD), e.getMessage());
        assertTrue(e.getMessage().contains("kk:***@"), e.getMessage());
        return e;
    }

    private static String cipher(Database d) {
        return await(d.fetchValue(
                String.class,
                "SELECT VARIABLE_VALUE FROM information_schema.SESSION_STATUS WHERE VARIABLE_NAME = 'Ssl_cipher'"));
    }

    @Test
    void theRightSettingsConnectOverTls() {
        for (String q : new String[] {
            "sslmode=require", "ssl=true", "sslmode=verify-full&sslrootcert=" + db.dir.resolve("ca.crt")
        }) {
            try (Database d = await(KakaORM.connect(url("localhost", ThrowawayMariaDb.PASSWORD, q)))) {
                assertFalse(cipher(d).isEmpty(), q + ": the session is encrypted");
                assertEquals("kk@%", await(d.fetchValue(String.class, "SELECT CURRENT_USER()")), q);
            }
        }
        // verify-ca does not check the host name: 127.0.0.1 is fine
        try (Database d = await(KakaORM.connect(url(
                "127.0.0.1",
                ThrowawayMariaDb.PASSWORD,
                "sslmode=verify-ca&sslrootcert=" + db.dir.resolve("ca.crt"))))) {
            assertFalse(cipher(d).isEmpty());
        }
        // the password from code rather than the URL
        ConnectOptions o = ConnectOptions.mysql("localhost", db.port, "kk", "kk", null)
                .withTls(ConnectOptions.TlsMode.VERIFY_FULL)
                .withSslRootCert(db.dir.resolve("ca.crt").toString())
                .withPassword(ThrowawayMariaDb.PASSWORD);
        assertFalse(o.toString().contains(ThrowawayMariaDb.PASSWORD), o.toString());
        try (Database d = await(KakaORM.connect(null, o))) {
            assertFalse(cipher(d).isEmpty());
        }
    }

    @Test
    void eachWrongSettingFailsClearly() {
        String ok = "sslmode=verify-full&sslrootcert=" + db.dir.resolve("ca.crt");
        Throwable password = refused(url("localhost", "wrong-" + ThrowawayMariaDb.PASSWORD, ok));
        assertTrue(password.getMessage().contains("Access denied for user 'kk'"), password.getMessage());
        Throwable plain = refused(url("localhost", ThrowawayMariaDb.PASSWORD, "sslmode=disable"));
        assertTrue(plain.getMessage().contains("Access denied for user 'kk'"), plain.getMessage());
        assertTrue(plain.getMessage().contains("sslmode=disable"), plain.getMessage());
        Throwable otherCa = refused(url(
                "localhost",
                ThrowawayMariaDb.PASSWORD,
                "sslmode=verify-ca&sslrootcert=" + db.dir.resolve("other-ca.crt")));
        assertTrue(otherCa.getMessage().contains("not signed by the CA in sslrootcert"), otherCa.getMessage());
        Throwable host = refused(url("127.0.0.1", ThrowawayMariaDb.PASSWORD, ok));
        assertTrue(host.getMessage().contains("does not name the host 127.0.0.1"), host.getMessage());
        Reliability.record("mysqlTls.refusals", 4);
        System.out.println(password.getMessage() + "\n" + plain.getMessage() + "\n" + otherCa.getMessage() + "\n"
                + host.getMessage());
    }

    @Test
    void requiredTlsAgainstAServerWithoutTlsFails() throws Exception {
        try (ThrowawayMariaDb plain = new ThrowawayMariaDb(false)) {
            Throwable e = awaitFailure(
                    KakaORM.connect(plain.url("localhost", "kk", ThrowawayMariaDb.PASSWORD, "sslmode=require")));
            assertInstanceOf(DatabaseException.class, e, String.valueOf(e));
            assertFalse(e.getMessage().contains(ThrowawayMariaDb.PASSWORD), e.getMessage());
            assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("ssl"), e.getMessage());
            System.out.println(e.getMessage());
            // and without TLS it connects
            try (Database d = await(KakaORM.connect(plain.url("localhost", "kk", ThrowawayMariaDb.PASSWORD, "")))) {
                assertEquals(1, await(d.fetchValue(Integer.class, "SELECT 1")));
            }
        }
    }
}
