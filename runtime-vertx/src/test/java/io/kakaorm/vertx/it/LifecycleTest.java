package io.kakaorm.vertx.it;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.DatabaseException;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.kakaorm.vertx.internal.DatabaseImpl;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** connect(), close(), and the SQLite adapter's sharing and ordering. */
@ExtendWith(TestDatabases.class)
class LifecycleTest {

    private static Set<Thread> nonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon())
                .collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void closeLeavesNoNonDaemonThread(TestDb which) throws InterruptedException {
        ConnectOptions options = TestDatabases.options(which);
        Set<Thread> before = nonDaemonThreads();
        Database db = await(KakaORM.connect(null, options));
        await(db.createTable(Author.class));
        await(db.create(Author.class, a -> a.name = "x"));
        assertEquals(1L, await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM author")));
        Set<Thread> started = new HashSet<>(nonDaemonThreads());
        started.removeAll(before); // threads of earlier tests may end meanwhile: compare sets, not counts
        assertTrue(!started.isEmpty(), "the owned Vert.x runs threads");
        db.close();
        Set<Thread> left = new HashSet<>();
        for (int i = 0;
                i < 300;
                i++) { // threads finish shortly after their pools are shut down (up to 15 s on a loaded machine)
            left = new HashSet<>(nonDaemonThreads());
            left.removeAll(before);
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(50);
        }
        assertEquals(Set.of(), left.stream().map(Thread::getName).collect(Collectors.toSet()));
    }

    @Test
    void aGivenVertxStaysOpen() {
        Vertx vertx = Vertx.vertx();
        try {
            Database db = await(KakaORM.connect(vertx, "sqlite::memory:"));
            assertEquals(vertx, db.vertx());
            db.close();
            assertEquals(1, await(vertx.executeBlocking(() -> 1)));
        } finally {
            await(vertx.close());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"oracle://scott:tiger@h/db", "postgresql://u:tiger@h:port/db", "mysql://u:tiger@h"})
    void malformedUrlsFailTheFutureWithPasswordMasked(String url) {
        Throwable t = awaitFailure(KakaORM.connect(url));
        assertInstanceOf(IllegalArgumentException.class, t);
        assertFalse(t.getMessage().contains("tiger"), t.getMessage());
        assertTrue(t.getMessage().contains(":***@"), t.getMessage());
    }

    @Test
    void unreachableServerFailsWithoutLeakingThePassword() {
        Throwable t = awaitFailure(KakaORM.connect("postgresql://u:tiger@127.0.0.1:1/db?connectTimeout=2000"));
        assertInstanceOf(DatabaseException.class, t);
        assertTrue(t.getMessage().contains("Cannot connect to postgresql://u:***@127.0.0.1:1/db"), t.getMessage());
        assertFalse(String.valueOf(t.getMessage()).contains("tiger"), t.getMessage());
    }

    @Test
    void sqliteMemoryIsOneDatabaseSharedByEveryCall() {
        try (Database db = await(KakaORM.connect("sqlite::memory:"))) {
            await(db.createTable(Author.class));
            List<Future<Author>> writes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                writes.add(db.create(Author.class, a -> a.name = "n" + n));
            }
            await(Future.all(writes));
            List<Future<Long>> reads = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                reads.add(db.fetchValue(Long.class, "SELECT COUNT(*) FROM author"));
            }
            await(Future.all(reads));
            for (Future<Long> r : reads) {
                assertEquals(20L, r.result());
            }
        }
        try (Database other = await(KakaORM.connect("sqlite::memory:"))) {
            assertInstanceOf(
                    DatabaseException.class,
                    awaitFailure(other.fetch("SELECT * FROM author")),
                    "another Database is another memory db");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(booleans = {true, false})
    void sqliteWritesFromManyConcurrentFuturesAllLandInOrder(boolean memory) {
        ConnectOptions o = memory ? ConnectOptions.sqliteMemory() : TestDatabases.options(TestDb.SQLITE);
        try (Database db = await(KakaORM.connect(null, o))) {
            await(db.createTable(Author.class));
            List<Future<Author>> writes = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                int n = i;
                writes.add(db.create(Author.class, a -> a.name = "n" + n));
            }
            await(Future.all(writes));
            assertEquals(300L, await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM author")));
            for (int i = 0; i < writes.size(); i++) {
                Author a = writes.get(i).result();
                assertEquals(i + 1L, a.id, "writes run in submission order");
            }
        }
    }

    @Test
    void sqliteNeverRunsOnAnEventLoopThread() {
        try (Database db = await(KakaORM.connect("sqlite::memory:"))) {
            String[] seen = new String[1];
            await(((DatabaseImpl) db).executor().query(new CompiledSql("SELECT 1", List.of()), r -> {
                seen[0] = Thread.currentThread().getName();
                return r.value(0);
            }));
            assertTrue(seen[0].startsWith("kakaorm-sqlite-"), seen[0]);
        }
    }
}
