package io.kakaorm.vertx.bulk;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.IntegrityException;
import io.kakaorm.ValidationException;
import io.kakaorm.vertx.CreateResult;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.TruncateRefusedException;
import io.kakaorm.vertx.observe.StatementEvent;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(TestDatabases.class)
class BulkTest {

    static List<Item> items(int n) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Item it = new Item();
            it.name = "item" + i;
            it.qty = i;
            out.add(it);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void bulkCreateWritesEveryInstanceItsOwnKeyHooksAndTimes(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Item.class));
        List<Item> list = items(5000);
        int afterBefore = Item.AFTER_INSERTS.get();
        assertEquals(list, await(db.bulkCreate(list)));
        assertEquals(5000, Item.AFTER_INSERTS.get() - afterBefore);
        assertEquals(5000, new HashSet<>(list.stream().map(i -> i.id).toList()).size(), "every key distinct");
        assertTrue(list.stream().allMatch(i -> i.id != null && i.isPersisted() && i.createdAt != null));
        Map<Long, String> stored =
                await(db.all(Item.class)).stream().collect(Collectors.toMap(i -> i.id, i -> i.name + "|" + i.note));
        assertEquals(5000, stored.size());
        for (Item i : list) {
            assertEquals(i.name + "|before:" + i.name, stored.get(i.id), "key " + i.id + " is the row of " + i.name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void bulkCreateValidatesEveryInstanceBeforeAnySqlAndRollsBackOnFailure(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Item.class));
        List<Item> list = items(10);
        list.get(7).name = "x".repeat(21);
        Throwable t = awaitFailure(db.bulkCreate(list));
        assertInstanceOf(ValidationException.class, t);
        assertEquals(0L, await(db.from(Item.class).count()));

        List<Item> again = items(10);
        again.get(9).name = "fail-after";
        Throwable t2 = awaitFailure(db.bulkCreate(again));
        assertTrue(t2.getMessage().contains("after hook refused"), t2.getMessage());
        assertEquals(0L, await(db.from(Item.class).count()), "nothing written when an after-hook fails");
        assertTrue(again.stream().allMatch(i -> i.id == null && !i.isPersisted()), "instances are new again");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void bulkCreateOfADuplicateWritesNothing(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Tag.class));
        List<Tag> tags = new ArrayList<>();
        for (String s : List.of("a", "b", "a")) {
            Tag t = new Tag();
            t.slug = s;
            tags.add(t);
        }
        assertInstanceOf(IntegrityException.class, awaitFailure(db.bulkCreate(tags)));
        assertEquals(0L, await(db.from(Tag.class).count()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void bulkUpdateWritesTheNamedFieldsOfEveryInstance(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Item.class));
        List<Item> list = await(db.bulkCreate(items(300)));
        for (Item i : list) {
            i.qty = i.qty * 3 + 1;
            i.note = i.qty % 2 == 0 ? null : "odd";
            i.name = "not written";
        }
        List<StatementEvent> events = new CopyOnWriteArrayList<>();
        db.addStatementListener(events::add);
        assertEquals(300, await(db.bulkUpdate(list, i -> i.qty, i -> i.note)));
        assertEquals(
                1,
                events.stream()
                        .filter(e -> e.kind() == StatementEvent.Kind.UPDATE)
                        .count(),
                "300 rows fit one chunk: one UPDATE statement, not one per row: " + events);
        Map<Long, Item> stored = await(db.all(Item.class)).stream().collect(Collectors.toMap(i -> i.id, i -> i));
        for (Item i : list) {
            Item s = stored.get(i.id);
            assertEquals(i.qty, s.qty);
            assertEquals(i.note, s.note);
            assertTrue(s.name.startsWith("item"), s.name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void truncateRestartsKeysAndRefusesWhenReferencedUnlessCascading(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Owner.class));
        await(db.createTable(Pet.class));
        Owner o = await(db.create(Owner.class, x -> x.name = "o"));
        await(db.create(Owner.class, x -> x.name = "p"));
        await(db.create(Pet.class, x -> {
            x.name = "rex";
            x.ownerId = o.id;
        }));

        Throwable t = awaitFailure(db.truncate(Owner.class));
        assertInstanceOf(TruncateRefusedException.class, t);
        assertTrue(
                t.getMessage().contains("bulk_pet") && t.getMessage().contains("truncate(model, true)"),
                t.getMessage());
        assertEquals(2L, await(db.from(Owner.class).count()), "nothing emptied");

        await(db.truncate(Pet.class));
        assertEquals(0L, await(db.from(Pet.class).count()));
        await(db.truncate(Owner.class, true));
        assertEquals(0L, await(db.from(Owner.class).count()));
        Owner fresh = await(db.create(Owner.class, x -> x.name = "new"));
        assertEquals(1L, fresh.id, "the key sequence restarted");
        Pet p = await(db.create(Pet.class, x -> {
            x.name = "a";
            x.ownerId = fresh.id;
        }));
        await(db.truncate(Owner.class, true));
        assertEquals(0L, await(db.from(Pet.class).count()), "cascade emptied the referencing table");
        assertNotNull(p.id);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void getOrCreateIsRaceSafeAndUpdateOrCreateUpdates(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Tag.class));
        List<Future<CreateResult<Tag>>> calls = IntStream.range(0, 8)
                .mapToObj(i -> db.getOrCreate(Tag.class, t -> t.slug.equals("java"), t -> t.slug = "java"))
                .toList();
        List<CreateResult<Tag>> results = calls.stream().map(f -> await(f)).toList();
        assertEquals(1, results.stream().filter(CreateResult::created).count(), "exactly one caller created it");
        assertEquals(1, results.stream().map(r -> r.model().id).distinct().count());
        assertEquals(1L, await(db.from(Tag.class).count()));

        CreateResult<Tag> again = await(db.getOrCreate(Tag.class, t -> t.slug.equals("java"), t -> t.slug = "java"));
        assertFalse(again.created());
        CreateResult<Tag> upd = await(db.updateOrCreate(Tag.class, t -> t.slug.equals("java"), t -> t.hits = 5));
        assertFalse(upd.created());
        assertEquals(
                5, await(db.from(Tag.class).where(t -> t.slug.equals("java")).get()).hits);
        CreateResult<Tag> created = await(db.updateOrCreate(Tag.class, t -> t.slug.equals("go"), t -> {
            t.slug = "go";
            t.hits = 2;
        }));
        assertTrue(created.created());
        assertEquals(2L, await(db.from(Tag.class).count()));
        assertNull(await(db.from(Tag.class).where(t -> t.slug.equals("rust")).getOrNone()));
    }
}
