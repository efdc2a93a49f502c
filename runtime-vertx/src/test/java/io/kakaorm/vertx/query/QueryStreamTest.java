package io.kakaorm.vertx.query;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.DatabaseException;
import io.kakaorm.QueryStream;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.streams.ReadStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** stream(): the seed's {@code async for}, back-pressured, over more rows than the fetch size. */
@ExtendWith(TestDatabases.class)
class QueryStreamTest {
    static final int ROWS = 530;

    private static Database seeded(TestDb testDb) {
        return seed(TestDatabases.open(testDb));
    }

    private static Database seed(Database db) {
        await(db.createTable(QPost.class));
        List<QPost> posts = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            posts.add(QPost.of("t" + i, i % 97, null, i % 3 != 0, null));
        }
        await(db.transaction(tx -> {
            Future<Void> f = Future.succeededFuture();
            for (QPost p : posts) {
                f = f.compose(v -> tx.save(p).mapEmpty());
            }
            return f;
        }));
        return db;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void closingAStreamEarly_givesItsConnectionBack(TestDb testDb) {
        // one connection in the pool: a stream that kept it would make the next query wait forever
        Database db = await(KakaORM.connect(null, TestDatabases.options(testDb).withMaxSize(1)));
        TestDatabases.register(db::close);
        seed(db);
        QueryStream<QPost> stream = db.from(QPost.class).orderBy(p -> p.id).stream(10);
        AtomicInteger seen = new AtomicInteger();
        AtomicInteger ends = new AtomicInteger();
        Promise<Void> enough = Promise.promise();
        stream.endHandler(v -> ends.incrementAndGet());
        stream.exceptionHandler(enough::tryFail);
        stream.handler(p -> {
            if (seen.incrementAndGet() == 15) {
                stream.pause();
                enough.tryComplete();
            }
        });
        await(enough.future());
        await(stream.close());
        await(stream.close()); // twice is harmless
        assertTrue(seen.get() >= 15 && seen.get() < ROWS, "read " + seen.get());
        assertEquals((long) ROWS, await(db.from(QPost.class).count()));
        assertEquals(1, ends.get());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void streamsEveryRowInOrderWithBackPressure(TestDb testDb) {
        Database db = seeded(testDb);
        ReadStream<QPost> stream =
                db.from(QPost.class).where(p -> p.published).orderByDesc(p -> p.views).orderBy(p -> p.id).stream(32);
        List<QPost> got = new ArrayList<>();
        AtomicInteger outstanding = new AtomicInteger();
        AtomicInteger overflows = new AtomicInteger();
        Promise<Void> done = Promise.promise();
        stream.pause();
        stream.exceptionHandler(done::tryFail);
        stream.endHandler(v -> done.tryComplete());
        stream.handler(p -> {
            got.add(p);
            // one row per fetch(1): the stream must not push more than asked
            if (outstanding.decrementAndGet() < 0) {
                overflows.incrementAndGet();
            }
            db.vertx().setTimer(1, t -> {
                outstanding.incrementAndGet();
                stream.fetch(1);
            });
        });
        outstanding.incrementAndGet();
        stream.fetch(1);
        await(done.future());
        List<QPost> expected = await(db.from(QPost.class)
                .where(p -> p.published)
                .orderByDesc(p -> p.views)
                .orderBy(p -> p.id)
                .list());
        assertEquals(expected.size(), got.size());
        assertTrue(got.size() > 32 * 3);
        for (int i = 0; i < got.size(); i++) {
            assertEquals(expected.get(i).id, got.get(i).id, "row " + i);
        }
        assertEquals(0, overflows.get(), "rows pushed beyond demand");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void streamsProjectionsAndHonoursLimitAndOffset(TestDb testDb) {
        Database db = seeded(testDb);
        ReadStream<String> titles =
                db.from(QPost.class).orderBy(p -> p.id).offset(10).limit(100).select(p -> p.title).stream(7);
        List<String> got = await(titles.collect(Collectors.toList()));
        assertEquals(100, got.size());
        assertEquals("t10", got.get(0));
        assertEquals("t109", got.get(99));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void streamsInsideATransactionSeeItsWrites(TestDb testDb) {
        Database db = seeded(testDb);
        long n = await(db.transaction(tx -> tx.from(QPost.class)
                .where(p -> p.views == 0)
                .update(p -> p.views, 5000)
                .compose(changed -> tx.from(QPost.class).where(p -> p.views == 5000).stream(2)
                        .collect(Collectors.counting()))));
        assertEquals(6L, n);
        assertEquals(6L, await(db.from(QPost.class).where(p -> p.views == 5000).count()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void aFailingStreamReportsTheDatabaseError(TestDb testDb) {
        Database db = seeded(testDb);
        await(db.dropTable(QPost.class));
        Throwable t = TestDatabases.awaitFailure(db.from(QPost.class).stream(10).collect(Collectors.toList()));
        assertInstanceOf(DatabaseException.class, t);
        // the pool is still usable afterwards: the cursor's connection went back
        await(db.createTable(QPost.class));
        assertEquals(0L, await(db.from(QPost.class).count()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void aStreamReadsOneSnapshotWhileOthersWrite(TestDb testDb) {
        Database db = seeded(testDb);
        ReadStream<QPost> stream = db.from(QPost.class).orderBy(p -> p.id).stream(10);
        List<Long> got = new ArrayList<>();
        Promise<Void> done = Promise.promise();
        AtomicInteger writes = new AtomicInteger();
        stream.exceptionHandler(done::tryFail);
        stream.endHandler(v -> done.tryComplete());
        stream.pause();
        stream.handler(p -> {
            got.add(p.id);
            if (got.size() == 1) {
                // rows added after the stream started are past its snapshot (server cursor / open result set)
                Future<Void> f = Future.succeededFuture();
                for (int i = 0; i < 5; i++) {
                    f = f.compose(
                            x -> db.save(QPost.of("late", 1, null, true, null)).mapEmpty());
                }
                f.onComplete(r -> {
                    writes.set(r.succeeded() ? 5 : -1);
                    stream.resume();
                });
            }
        });
        stream.fetch(1);
        await(done.future());
        assertEquals(5, writes.get());
        assertEquals(ROWS, got.size());
        assertEquals(ROWS + 5L, await(db.from(QPost.class).count()));
    }
}
