package io.kakaorm.vertx.integration;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database of a {@code new Memo()}: the one opened (or made default) on the calling Vert.x context, so
 * that two verticles with two databases (a SQLite file and PostgreSQL) each save to their own; several on one
 * context, or none, is an error that says to use {@code db.save(model)}.
 */
@ExtendWith(TestDatabases.class)
class DefaultDatabaseTest {
    private Vertx vertx;
    private ConnectOptions sqlite;
    private ConnectOptions pg;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        sqlite = TestDatabases.options(TestDb.SQLITE);
        pg = TestDatabases.options(TestDb.POSTGRES);
        for (ConnectOptions o : List.of(sqlite, pg)) {
            Database setup = TestDatabases.connect(o);
            await(setup.createTable(Pad.class));
            await(setup.createTable(Memo.class));
        }
    }

    @AfterEach
    void stop() {
        await(vertx.close());
    }

    /** A verticle that opens {@code options} in start() and saves new memos from its context. */
    static final class MemoVerticle extends VerticleBase {
        final List<ConnectOptions> options;
        final List<Database> dbs = new ArrayList<>();

        MemoVerticle(ConnectOptions... options) {
            this.options = List.of(options);
        }

        @Override
        public Future<?> start() {
            Future<?> f = Future.succeededFuture();
            for (ConnectOptions o : options) {
                f = f.compose(x -> KakaORM.connect(vertx, o).onSuccess(dbs::add));
            }
            return f;
        }

        @Override
        public Future<?> stop() {
            return Future.all(dbs.stream().map(Database::disconnect).toList());
        }

        /** Runs {@code work} later on this verticle's context, as an event handler would. */
        <T> Future<T> later(Supplier<Future<T>> work) {
            Promise<T> p = Promise.promise();
            context.runOnContext(v -> work.get().onComplete(p));
            return p.future();
        }

        Context context() {
            return context;
        }
    }

    private static Memo memo(String text) {
        Memo m = new Memo();
        m.text = text;
        return m;
    }

    private static List<String> texts(ConnectOptions o) {
        Database reader = TestDatabases.connect(o);
        return await(
                reader.from(Memo.class).orderBy(m -> m.id).select(m -> m.text).list());
    }

    @Test
    void twoVerticlesWithTwoDatabasesEachSaveToTheirOwn() {
        MemoVerticle a = new MemoVerticle(sqlite);
        MemoVerticle b = new MemoVerticle(pg);
        await(vertx.deployVerticle(a));
        await(vertx.deployVerticle(b));
        await(a.later(() -> memo("from A").save()));
        await(b.later(() -> memo("from B").save()));
        await(a.later(() -> memo("A again").saveChanges()));
        assertEquals(List.of("from A", "A again"), texts(sqlite));
        assertEquals(List.of("from B"), texts(pg));

        // an instance loaded from A stays A's, whichever context saves it
        Memo loaded = await(a.later(() -> a.dbs.get(0)
                .from(Memo.class)
                .where(m -> m.text.equals("from A"))
                .get()));
        loaded.text = "from A, edited on B";
        await(b.later(loaded::save));
        assertEquals(List.of("from A, edited on B", "A again"), texts(sqlite));
        assertEquals(List.of("from B"), texts(pg));

        // lazy relations of a new instance read the context's database too
        Pad pad = await(b.later(() -> b.dbs.get(0).create(Pad.class, p -> p.name = "pg pad")));
        assertEquals(
                "pg pad",
                await(b.later(() -> {
                            Memo fresh = memo("unsaved");
                            fresh.padId = pad.id;
                            return fresh.pad.load();
                        }))
                        .name);
    }

    @Test
    void severalDatabasesOnOneContextMustBeChosen() {
        MemoVerticle both = new MemoVerticle(sqlite, pg);
        await(vertx.deployVerticle(both));
        Throwable t = awaitFailure(both.later(() -> memo("which?").save()));
        assertInstanceOf(IllegalStateException.class, t);
        assertTrue(
                t.getMessage().contains("2 databases are open on this Vert.x context")
                        && t.getMessage().contains("db.save(model)"),
                t.getMessage());
        Throwable rel = awaitFailure(both.later(() -> {
            Memo m = memo("rel");
            m.padId = 1L;
            return m.pad.load();
        }));
        assertTrue(rel.getMessage().contains("db.save(model)"), rel.getMessage());

        Database chosen = both.dbs.get(1);
        await(both.later(() -> chosen.save(memo("explicit")))); // always works
        await(both.later(() -> {
            chosen.makeDefault(); // this context's choice
            return memo("default").save();
        }));
        assertEquals(List.of("explicit", "default"), texts(pg));
        assertEquals(List.of(), texts(sqlite));
    }

    @Test
    void outsideVertxOnlyTheProcessDefaultIsUsed() {
        Database first = TestDatabases.connect(sqlite);
        Database second = TestDatabases.connect(pg);
        Throwable t = awaitFailure(memo("nowhere").save());
        assertTrue(
                t.getMessage().contains("belongs to no database")
                        && t.getMessage().contains("db.save(model)"),
                t.getMessage());
        Memo m = memo("to second");
        assertSame(m, await(second.save(m)));
        m.text = "second remembers";
        await(m.save());
        assertEquals(List.of("second remembers"), texts(pg));

        first.makeDefault();
        try {
            await(memo("global default").save());
            assertEquals(List.of("global default"), texts(sqlite));
        } finally {
            await(first.disconnect()); // a closed database is no default any more
        }
        assertInstanceOf(
                IllegalStateException.class, awaitFailure(memo("after close").save()));
    }
}
