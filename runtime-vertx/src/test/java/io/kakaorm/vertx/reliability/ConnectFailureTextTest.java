package io.kakaorm.vertx.reliability;

import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.KakaORM;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** A failed connection says what happened with only the parts that exist: no empty SQL, binds or codes. */
class ConnectFailureTextTest {

    private static void assertOnlyWhatExists(String m) {
        assertFalse(m.contains("SQL   :"), m);
        assertFalse(m.contains("binds"), m);
        assertFalse(m.contains("null"), m);
        assertFalse(m.contains("code 0"), m);
        assertFalse(m.contains("()"), m);
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void refusedConnections() throws Exception {
        int port = freePort(); // nothing listens there any more
        for (ConnectOptions o : new ConnectOptions[] {
            ConnectOptions.postgres("127.0.0.1", port, "app", "u", "pw").withConnectTimeout(3000),
            ConnectOptions.mysql("127.0.0.1", port, "app", "u", "pw").withConnectTimeout(3000)
        }) {
            String m = awaitFailure(KakaORM.connect(null, o)).getMessage();
            assertTrue(m.contains("Cannot connect to ") && m.contains("127.0.0.1:" + port), m);
            assertOnlyWhatExists(m);
        }
    }

    @Test
    void anSqliteFileThatCannotBeOpened() {
        String m = awaitFailure(KakaORM.connect("sqlite:/nonexistent-dir-kakaorm/x/app.db"))
                .getMessage();
        assertTrue(m.contains("app.db"), m);
        assertOnlyWhatExists(m);
    }
}
