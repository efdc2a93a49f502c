package io.kakaorm.vertx.it;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.sql.ReadOnlySql;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.kakaorm.vertx.internal.DatabaseImpl;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The SQLite adapter's connection settings, thread use and writer/reader split. */
@ExtendWith(TestDatabases.class)
class SqliteAdapterTest {

    private static Object value(Database db, String sql) {
        return await(db.fetchValue(sql));
    }

    /** Runs a SELECT through the pool-level executor and reports the thread that read the row. */
    private static String readerThread(Database db, String sql) {
        String[] seen = new String[1];
        await(((DatabaseImpl) db)
                .executor()
                .query(new CompiledSql(sql, List.of(), ReadOnlySql.isPlainSelect(sql)), r -> {
                    seen[0] = Thread.currentThread().getName();
                    return r.value(0);
                }));
        return seen[0];
    }

    @Test
    void fileDatabaseUsesWalForeignKeysAndBusyTimeoutOnWriterAndReaders() {
        ConnectOptions o = TestDatabases.options(TestDb.SQLITE).withBusyTimeout(1234);
        try (Database db = await(KakaORM.connect(null, o))) {
            assertEquals("wal", value(db, "PRAGMA journal_mode"));
            assertEquals(1L, value(db, "PRAGMA foreign_keys"));
            assertEquals(1234L, value(db, "PRAGMA busy_timeout"));
            // SELECTs go to the reader connections: same settings there
            assertEquals(1L, value(db, "SELECT foreign_keys FROM pragma_foreign_keys"));
            assertEquals(1234L, value(db, "SELECT timeout FROM pragma_busy_timeout"));
            assertTrue(readerThread(db, "SELECT 1").startsWith("kakaorm-sqlite-readers-"));
            assertTrue(readerThread(db, "PRAGMA user_version").startsWith("kakaorm-sqlite-writer-"));
        }
    }

    @Test
    void memoryDatabaseRunsEverythingOnTheWriterWithForeignKeysOn() {
        try (Database db = await(KakaORM.connect("sqlite::memory:"))) {
            assertEquals(1L, value(db, "PRAGMA foreign_keys"));
            assertTrue(readerThread(db, "SELECT 1").startsWith("kakaorm-sqlite-writer-"));
        }
    }

    @Test
    void readersSeeCommittedDataOnlyWhileATransactionHoldsTheWriter() {
        try (Database db = await(KakaORM.connect(null, TestDatabases.options(TestDb.SQLITE)))) {
            await(db.createTable(Author.class));
            Promise<Void> inside = Promise.promise();
            Promise<Void> release = Promise.promise();
            Future<Object> tx = db.transaction(t -> t.create(Author.class, a -> a.name = "pending")
                    .compose(a -> {
                        inside.complete();
                        return release.future();
                    })
                    .map(x -> null));
            await(inside.future());
            assertEquals(0L, value(db, "SELECT COUNT(*) FROM author"), "a reader does not see the open transaction");
            release.complete();
            await(tx);
            assertEquals(1L, value(db, "SELECT COUNT(*) FROM author"));
        }
    }
}
