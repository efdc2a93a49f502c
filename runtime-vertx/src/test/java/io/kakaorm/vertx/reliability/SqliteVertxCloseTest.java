package io.kakaorm.vertx.reliability;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.vertx.core.Vertx;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing Vert.x under an open SQLite {@link Database} (no {@code db.close()}) prints nothing and logs no error. */
class SqliteVertxCloseTest {

    @Test
    void closingVertxWithoutDisconnectIsQuiet(@TempDir Path dir) throws Exception { // JUnit deletes dir
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        StringBuilder logged = new StringBuilder();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue() || r.getThrown() != null) {
                    logged.append(r.getLevel())
                            .append(' ')
                            .append(r.getMessage())
                            .append(' ')
                            .append(r.getThrown())
                            .append('\n');
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (int round = 0; round < 5; round++) {
                Vertx vertx = Vertx.vertx();
                Database db = await(KakaORM.connect(
                        vertx,
                        ConnectOptions.sqliteFile(
                                dir.resolve("c" + round + ".db").toString())));
                await(db.execute("CREATE TABLE t (x INTEGER)"));
                await(db.execute("INSERT INTO t VALUES (1)"));
                assertEquals(1L, await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM t")));
                for (int i = 0; i < 50; i++) { // statements still queued for the writer and readers
                    db.execute("INSERT INTO t VALUES (" + i + ")");
                    db.fetchValue(Long.class, "SELECT COUNT(*) FROM t");
                }
                await(vertx.close());
            }
            Thread.sleep(300); // anything the closed threads still print
        } finally {
            System.setErr(originalErr);
            root.removeHandler(handler);
        }
        String err = captured.toString(StandardCharsets.UTF_8);
        assertFalse(err.contains("Exception"), "stderr: " + err);
        assertFalse(logged.toString().contains("Exception"), "log: " + logged);
    }
}
