package io.kakaorm.vertx.observe;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Statements reach {@link System.Logger} {@code io.kakaorm.sql} (here backed by java.util.logging, the
 * JDK default): DEBUG (JUL FINE) for every one, WARNING for those over the slow threshold.
 */
@ExtendWith(TestDatabases.class)
class StatementLoggingTest {
    private final Logger jul = Logger.getLogger("io.kakaorm.sql");
    private final List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            records.add(r);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void capture() {
        jul.addHandler(capture);
        jul.setUseParentHandlers(false);
    }

    @AfterEach
    void release() {
        jul.removeHandler(capture);
        jul.setUseParentHandlers(true);
        jul.setLevel(null);
    }

    private List<LogRecord> at(Level level) {
        synchronized (records) {
            return records.stream().filter(r -> r.getLevel().equals(level)).toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void debugLogsEveryStatementWithMaskedBinds(TestDb which) {
        Database db = TestDatabases.open(which).maskBinds("password");
        await(db.createTable(Account.class));
        jul.setLevel(Level.FINE);
        await(db.create(Account.class, a -> {
            a.name = "dora";
            a.password = "s3cret";
        }));
        await(db.from(Account.class).where(a -> a.name.equals("dora")).list());
        jul.setLevel(Level.INFO);
        await(db.from(Account.class).count()); // DEBUG off again: not logged
        List<LogRecord> debug = at(Level.FINE);
        assertEquals(
                2,
                debug.size(),
                () -> debug.stream().map(LogRecord::getMessage).toList().toString());
        String insert = debug.get(0).getMessage();
        assertTrue(insert.contains("dora") && insert.contains(StatementEvent.MASKED), insert);
        assertFalse(insert.contains("s3cret"), insert);
        assertTrue(
                debug.get(1).getMessage().contains("StatementLoggingTest.java:"),
                debug.get(1).getMessage());
        assertTrue(at(Level.WARNING).isEmpty(), "no threshold, no warning");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void statementsOverTheThresholdAreWarnings(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Account.class));
        db.slowStatementThreshold(Duration.ofHours(1));
        await(db.from(Account.class).count());
        assertTrue(at(Level.WARNING).isEmpty(), "nothing takes an hour");
        db.slowStatementThreshold(Duration.ZERO);
        await(db.from(Account.class).count());
        List<LogRecord> warnings = at(Level.WARNING);
        assertEquals(1, warnings.size());
        assertTrue(
                warnings.get(0).getMessage().startsWith("Slow statement (over 0 ms) [" + db.dialectName()),
                warnings.get(0).getMessage());
        db.slowStatementThreshold(null);
        await(db.from(Account.class).count());
        assertEquals(1, at(Level.WARNING).size(), "null turns it off");
        assertThrows(IllegalArgumentException.class, () -> db.slowStatementThreshold(Duration.ofMillis(-1)));
    }
}
