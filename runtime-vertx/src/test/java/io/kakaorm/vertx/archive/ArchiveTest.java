package io.kakaorm.vertx.archive;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(TestDatabases.class)
class ArchiveTest {

    static Database entries(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Entry.class));
        await(db.createArchiveTable(Entry.class));
        for (int i = 0; i < 5; i++) {
            int k = i;
            await(db.create(Entry.class, e -> {
                e.body = "e" + k;
                e.level = k;
            }));
        }
        return db;
    }

    private static List<String> bodies(List<Entry> l) {
        return l.stream().map(e -> e.body).sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void deleteMovesTheRowAndQueriesReadMainArchiveOrBoth(TestDb which) {
        Database db = entries(which);
        Entry e1 = await(db.from(Entry.class).where(e -> e.body.equals("e1")).get());
        await(e1.delete());
        assertEquals(1L, await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM archive_ar_entry")));
        assertEquals(
                List.of("e0", "e2", "e3", "e4"),
                bodies(await(db.from(Entry.class).list())));
        assertEquals(
                List.of("e1"), bodies(await(db.from(Entry.class).onlyDeleted().list())));
        assertEquals(e1.id, await(db.from(Entry.class).onlyDeleted().get()).id, "the archived row keeps its key");
        assertEquals(
                List.of("e0", "e1", "e2", "e3", "e4"),
                bodies(await(db.from(Entry.class).includeDeleted().list())));
        assertEquals(
                List.of("e1", "e3"),
                bodies(await(db.from(Entry.class)
                        .includeDeleted()
                        .where(e -> e.level % 2 == 1)
                        .list())));
        assertEquals(5L, await(db.from(Entry.class).includeDeleted().count()));
        assertEquals(
                2L,
                await(db.from(Entry.class)
                        .where(e -> e.level <= 2)
                        .includeDeleted()
                        .where(e -> e.level >= 1)
                        .count()));
        assertEquals(
                List.of("e0", "e1"),
                bodies(await(db.from(Entry.class)
                        .includeDeleted()
                        .orderBy(e -> e.level)
                        .limit(2)
                        .list())));

        // a new row may reuse a unique value that only the archive holds
        await(db.create(Entry.class, e -> e.body = "e1"));
        await(db.from(Entry.class).where(e -> e.body.equals("e1")).delete());
        assertEquals(
                2L,
                await(db.from(Entry.class)
                        .onlyDeleted()
                        .where(e -> e.body.equals("e1"))
                        .count()));

        await(e1.restore());
        assertEquals(
                List.of("e0", "e1", "e2", "e3", "e4"),
                bodies(await(db.from(Entry.class).list())));
        assertEquals(
                e1.id,
                await(db.from(Entry.class).where(e -> e.body.equals("e1")).get()).id);
        assertEquals(1, await(db.from(Entry.class).onlyDeleted().purge()));
        assertEquals(0L, await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM archive_ar_entry")));
        assertEquals(5L, await(db.from(Entry.class).count()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void aFailedMoveLeavesTheRowWhereItWas(TestDb which) {
        Database db = entries(which);
        Entry r = await(db.create(Entry.class, e -> e.body = "refuse"));
        assertEquals("refused", awaitFailure(r.delete()).getMessage());
        assertEquals(
                1L,
                await(db.from(Entry.class).where(e -> e.body.equals("refuse")).count()));
        assertEquals(0L, await(db.from(Entry.class).onlyDeleted().count()));

        Throwable t = awaitFailure(db.transaction(tx -> tx.from(Entry.class)
                .where(e -> e.level >= 3)
                .delete()
                .compose(n -> Future.failedFuture(new IllegalStateException("boom " + n)))));
        assertEquals("boom 2", t.getMessage());
        assertEquals(6L, await(db.from(Entry.class).count()), "rolled back with the transaction");
        assertEquals(2, await(db.from(Entry.class).where(e -> e.level >= 3).delete()));
        assertEquals(2, await(db.from(Entry.class).onlyDeleted().restore()));
        assertEquals(6L, await(db.from(Entry.class).count()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void uuidKeys(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Ticket.class));
        await(db.createArchiveTable(Ticket.class));
        Ticket t = await(db.create(Ticket.class, x -> {
            x.code = UUID.randomUUID();
            x.title = "t";
        }));
        await(t.delete());
        assertEquals(t.code, await(db.from(Ticket.class).onlyDeleted().get()).code);
        await(t.restore());
        assertEquals("t", await(db.from(Ticket.class).get()).title);
    }
}
