package io.kakaorm.vertx.reliability;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.DatabaseTimeoutException;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Database-wide statement timeout cancels a long statement on the server; the connection stays usable. */
@ExtendWith(TestDatabases.class)
class StatementTimeoutTest {
    private static final long TIMEOUT_MS = 500;
    /** MariaDB stops recursion at max_recursive_iterations, so it counts a sequence-engine table instead. */
    private static final String SLOW_MARIADB = "SELECT COUNT(*) FROM seq_1_to_3000000000 WHERE MOD(seq, 7) = 3";
    /** Counts to 300 million with a recursive CTE: seconds of work. */
    private static final String SLOW =
            "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 300000000)"
                    + " SELECT COUNT(*) FROM c";

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void aLongStatementIsCancelledAndTheConnectionWorksAfter(TestDb which) {
        Database db = await(KakaORM.connect(
                null, TestDatabases.options(which).withMaxSize(1).withStatementTimeout(TIMEOUT_MS)));
        TestDatabases.register(db::close);
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            Throwable e = awaitFailure(db.fetchValue(which == TestDb.MYSQL ? SLOW_MARIADB : SLOW));
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            DatabaseTimeoutException t = assertInstanceOf(DatabaseTimeoutException.class, e, String.valueOf(e));
            assertEquals(DatabaseTimeoutException.Wait.STATEMENT, t.waitedFor());
            assertTrue(t.getMessage().contains("cancelled"), t.getMessage());
            assertTrue(ms >= TIMEOUT_MS * 9 / 10 && ms < TIMEOUT_MS + 1_000, "cancelled after " + ms + " ms");
            Reliability.record("statement timeout " + TIMEOUT_MS + " ms, " + which + ", cancelled after (ms)", ms);
            // the same (only) connection answers at once
            assertEquals(3L, await(db.fetchValue(Long.class, "SELECT 1 + 2")));
        }
    }
}
