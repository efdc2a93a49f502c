package io.kakaorm.vertx.writes;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.QueryStream;
import io.kakaorm.ResultMappingException;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.kakaorm.vertx.it.Gadget;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** db.fetch(Record.class, …), db.fetchModels(Model.class, …) and db.stream(…): raw SQL mapped like queries. */
@ExtendWith(TestDatabases.class)
class TypedRawSqlTest {

    /** Components named like the columns' labels (snake_case labels match camelCase components). */
    public record OwnerStats(String name, long pets, Integer score, boolean hasPets) {}

    /** Every mapped type, read by label. */
    public record GadgetView(
            Long id,
            BigDecimal price,
            Instant instant,
            LocalDate ld,
            UUID uuid,
            byte[] bytes,
            Gadget.Color color,
            Boolean boolV,
            Float floatV,
            short shortV) {}

    public record Missing(String name, int nope) {}

    public record Mistyped(String name, int score) {}

    private static void seed(Database db) {
        await(db.createTable(Owner.class));
        await(db.createTable(Pet.class));
        Owner ann = await(db.create(Owner.class, o -> {
            o.name = "ann";
            o.score = 7;
        }));
        await(db.create(Owner.class, o -> o.name = "bob"));
        for (String n : List.of("rex", "tom")) {
            await(db.create(Pet.class, p -> {
                p.name = n;
                p.ownerId = ann.id;
            }));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void fetchIntoRecords_byColumnLabel(TestDb which) {
        Database db = TestDatabases.open(which);
        seed(db);
        List<OwnerStats> stats = await(db.fetch(
                OwnerStats.class,
                "SELECT o.name, COUNT(p.id) AS pets, o.score, COUNT(p.id) > 0 AS has_pets"
                        + " FROM owner o LEFT JOIN pet p ON p.owner_id = o.id WHERE o.name <> ?"
                        + " GROUP BY o.id, o.name, o.score ORDER BY o.name",
                "nobody"));
        assertEquals(List.of(new OwnerStats("ann", 2, 7, true), new OwnerStats("bob", 0, null, false)), stats);
        assertEquals(List.of("bob", "ann"), await(db.fetch(String.class, "SELECT name FROM owner ORDER BY name DESC")));
        assertEquals(List.of(2L), await(db.fetch(Long.class, "SELECT COUNT(*) FROM pet")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void fetchIntoRecords_convertsEveryTypeAsQueriesDo(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Gadget.class));
        Gadget g = await(db.save(WriteNormalisationTest.fine(1000, "3.5", ZoneOffset.UTC)));
        GadgetView v = await(db.fetch(
                        GadgetView.class,
                        "SELECT id, price, instant, ld, uuid, bytes, color, bool_v, float_v, short_v FROM gadget"))
                .get(0);
        assertEquals(g.id, v.id());
        assertEquals(g.price, v.price());
        assertEquals(g.instant, v.instant());
        assertEquals(g.ld, v.ld());
        assertEquals(g.uuid, v.uuid());
        assertTrue(Arrays.equals(g.bytes, v.bytes()));
        assertEquals(g.color, v.color());
        assertEquals(g.boolV, v.boolV());
        assertEquals(g.floatV, v.floatV());
        assertEquals((short) g.shortV, v.shortV());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void fetchModels_mapsEveryColumn_andTheModelsTrackChanges(TestDb which) {
        Database db = TestDatabases.open(which);
        seed(db);
        List<Pet> pets = await(db.fetchModels(
                Pet.class,
                "SELECT p.* FROM pet p JOIN owner o ON o.id = p.owner_id WHERE o.name = ? ORDER BY p.name",
                "ann"));
        assertEquals(List.of("rex", "tom"), pets.stream().map(p -> p.name).toList());
        Pet rex = pets.get(0);
        assertTrue(rex.isPersisted());
        assertFalse(rex.hasChanges());
        rex.name = "rex II";
        assertEquals(List.of("name"), rex.changedFields());
        await(rex.save());
        assertEquals("rex II", await(db.get(Pet.class, rex.id)).name);
        // columns in another order, extra columns ignored
        Pet tom = await(db.fetchModels(
                        Pet.class, "SELECT 1 AS extra, name, owner_id, id FROM pet WHERE name = ?", "tom"))
                .get(0);
        assertEquals(pets.get(1).id, tom.id);
        assertEquals(pets.get(1).ownerId, tom.ownerId);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void aMissingOrMistypedColumn_isNamed(TestDb which) {
        Database db = TestDatabases.open(which);
        seed(db);
        ResultMappingException missing = assertInstanceOf(
                ResultMappingException.class, awaitFailure(db.fetch(Missing.class, "SELECT name FROM owner")));
        assertEquals("nope", missing.member());
        assertTrue(
                missing.getMessage().contains("Missing.nope")
                        && missing.getMessage().contains("name"),
                missing.getMessage());

        ResultMappingException typed = assertInstanceOf(
                ResultMappingException.class,
                awaitFailure(db.fetch(Mistyped.class, "SELECT name, name AS score FROM owner")));
        assertEquals("score", typed.member());
        assertTrue(
                typed.getMessage().contains("Mistyped.score")
                        && typed.getMessage().contains("int"),
                typed.getMessage());

        ResultMappingException nul = assertInstanceOf(
                ResultMappingException.class,
                awaitFailure(db.fetch(Mistyped.class, "SELECT name, score FROM owner WHERE name = 'bob'")));
        assertTrue(nul.getMessage().contains("NULL"), nul.getMessage());

        ResultMappingException partial = assertInstanceOf(
                ResultMappingException.class, awaitFailure(db.fetchModels(Pet.class, "SELECT id, name FROM pet")));
        assertEquals("ownerId", partial.member());
        assertTrue(partial.getMessage().contains("owner_id"), partial.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void streamingALargeRawResult(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Owner.class));
        int n = 2_500;
        await(db.transaction(tx -> {
            Future<Integer> f = Future.succeededFuture(0);
            for (int i = 0; i < n; i++) {
                int k = i;
                f = f.compose(x -> tx.execute("INSERT INTO owner (name, score) VALUES (?, ?)", "o" + k, k));
            }
            return f;
        }));
        QueryStream<OwnerStats> stream = db.stream(
                OwnerStats.class,
                "SELECT name, score AS pets, score, score > 10 AS has_pets FROM owner ORDER BY score");
        List<OwnerStats> seen = new ArrayList<>();
        Promise<Void> done = Promise.promise();
        stream.exceptionHandler(done::tryFail)
                .endHandler(v -> done.tryComplete())
                .handler(seen::add);
        await(done.future());
        assertEquals(n, seen.size());
        assertEquals(new OwnerStats("o2499", 2499, 2499, true), seen.get(n - 1));

        List<Pet> none = new ArrayList<>();
        await(db.createTable(Pet.class));
        Promise<Void> end = Promise.promise();
        db.stream(Pet.class, "SELECT * FROM pet")
                .exceptionHandler(end::tryFail)
                .endHandler(v -> end.tryComplete())
                .handler(none::add);
        await(end.future());
        assertNull(none.isEmpty() ? null : none.get(0));
    }

    @Test
    void streamingOnInMemorySqlite_readsOnceThenStreams() {
        try (Database db = await(KakaORM.connect("sqlite::memory:"))) {
            seed(db);
            List<Pet> pets = new ArrayList<>();
            Promise<Void> end = Promise.promise();
            db.stream(Pet.class, "SELECT * FROM pet ORDER BY name DESC")
                    .exceptionHandler(end::tryFail)
                    .endHandler(v -> end.tryComplete())
                    .handler(pets::add);
            await(end.future());
            assertEquals(List.of("tom", "rex"), pets.stream().map(p -> p.name).toList());
            assertTrue(pets.get(0).isPersisted());
        }
    }
}
