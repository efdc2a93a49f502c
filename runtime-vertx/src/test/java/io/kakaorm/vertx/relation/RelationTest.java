package io.kakaorm.vertx.relation;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.ModelDefinitionException;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.relation.RelationNotLoadedException;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(TestDatabases.class)
class RelationTest {

    static Database blog(TestDb which) {
        Database db = TestDatabases.open(which);
        for (var m : List.of(Country.class, Writer.class, Story.class, Remark.class, Bio.class)) {
            await(db.createTable(m));
        }
        return db;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void lazyLoadOfBelongsToHasManyHasOne(TestDb which) {
        Database db = blog(which);
        Country jp = await(db.create(Country.class, c -> {
            c.code = "JP";
            c.name = "Japan";
        }));
        Writer ann = await(db.create(Writer.class, w -> {
            w.name = "Ann";
            w.countryCode = jp.code;
        }));
        Writer bob = await(db.create(Writer.class, w -> w.name = "Bob"));
        for (String t : List.of("a", "b", "c")) {
            await(db.create(Story.class, s -> {
                s.title = t;
                s.writerId = ann.id;
            }));
        }
        await(db.create(Bio.class, b -> {
            b.text = "hi";
            b.writerId = ann.id;
        }));

        Writer loaded = await(db.get(Writer.class, ann.id));
        RelationNotLoadedException e = assertThrows(RelationNotLoadedException.class, () -> loaded.country.get());
        assertTrue(
                e.getMessage().contains("Writer.country")
                        && e.getMessage().contains("load()")
                        && e.getMessage().contains("prefetch(x -> x.country)"),
                e.getMessage());
        assertEquals("Japan", await(loaded.country.load()).name);
        assertEquals("Japan", loaded.country.get().name);
        List<Story> stories = await(loaded.stories.load());
        assertEquals(
                List.of("a", "b", "c"),
                stories.stream().map(s -> s.title).sorted().toList());
        assertTrue(stories.stream().allMatch(s -> ann.id.equals(s.writerId)));
        assertEquals("hi", await(loaded.bio.load()).text);

        Writer b = await(db.get(Writer.class, bob.id));
        assertNull(await(b.country.load()), "a null key loads null without a query");
        assertNull(b.country.get());
        assertEquals(List.of(), await(b.stories.load()));
        assertNull(await(b.bio.load()));

        Story s = await(db.from(Story.class).where(x -> x.title.equals("b")).get());
        assertEquals("Ann", await(s.writer.load()).name);
        assertEquals(
                2L,
                await(loaded.stories.query().where(x -> !x.title.equals("a")).count()));
        assertTrue(await(loaded.stories.query().where(x -> x.title.equals("c")).exists()));
        assertEquals(
                "c",
                await(loaded.stories.query().orderByDesc(x -> x.title).limit(1).list())
                        .get(0)
                        .title);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void setAssignsTheKeyAndRefusesAnUnsavedTarget(TestDb which) {
        Database db = blog(which);
        Writer ann = await(db.create(Writer.class, w -> w.name = "Ann"));
        Story s = await(db.create(Story.class, x -> x.title = "t"));
        s.writer.set(ann);
        assertEquals(ann.id, s.writerId);
        assertSame(ann, s.writer.get());
        await(s.save());
        assertEquals(ann.id, await(db.get(Story.class, s.id)).writerId);

        Writer unsaved = new Writer();
        unsaved.name = "New";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.writer.set(unsaved));
        assertTrue(e.getMessage().contains("Story.writer") && e.getMessage().contains("unsaved"), e.getMessage());
        assertEquals(ann.id, s.writerId, "a refused set() changes nothing");

        s.writer.set(null);
        assertNull(s.writerId);
        assertNull(s.writer.get());

        s.writerId = ann.id; // the key changed after loading: get() no longer answers with the old value
        assertThrows(RelationNotLoadedException.class, () -> s.writer.get());
        assertEquals("Ann", await(s.writer.load()).name);

        Writer fresh = new Writer();
        Throwable t = awaitFailure(fresh.stories.load());
        assertInstanceOf(IllegalStateException.class, t);
        assertTrue(t.getMessage().contains("unsaved"), t.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void uuidKeysAndSelfReference(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Category.class));
        Category root = await(db.create(Category.class, c -> {
            c.uid = UUID.randomUUID();
            c.name = "root";
        }));
        for (String n : List.of("x", "y")) {
            await(db.create(Category.class, c -> {
                c.uid = UUID.randomUUID();
                c.name = n;
                c.parentUid = root.uid;
            }));
        }
        Category x =
                await(db.from(Category.class).where(c -> c.name.equals("x")).get());
        Category parent = await(x.parent.load());
        assertEquals(root.uid, parent.uid);
        assertEquals(
                List.of("x", "y"),
                await(parent.children.load()).stream().map(c -> c.name).sorted().toList());
        assertNull(await(parent.parent.load()));
        assertEquals(List.of(), await(x.children.load()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void stringKeyRelations(TestDb which) {
        Database db = blog(which);
        await(db.create(Country.class, c -> {
            c.code = "FR";
            c.name = "France";
        }));
        await(db.create(Writer.class, w -> {
            w.name = "Zoe";
            w.countryCode = "FR";
        }));
        Country fr = await(db.get(Country.class, "FR"));
        assertEquals("Zoe", await(fr.writers.load()).get(0).name);
    }

    @Test
    void twoForeignKeysToTheTargetAskWhichOne() {
        Transfer t = new Transfer();
        ModelDefinitionException e = assertThrows(ModelDefinitionException.class, () -> t.from.query());
        assertTrue(
                e.getMessage().contains("fromId")
                        && e.getMessage().contains("toId")
                        && e.getMessage().contains("say which one"),
                e.getMessage());
        t.toId = 5L;
        assertEquals(Writer.class, t.to.target());
    }

    @Test
    void relationFieldsAreNotColumns() {
        ModelMeta<Writer> m = ModelMeta.of(Writer.class);
        assertEquals(
                List.of("id", "name", "countryCode"),
                m.columns().stream().map(c -> c.fieldName()).toList());
        Writer w = new Writer();
        w.name = "n";
        assertFalse(w.toMap().containsKey("country"));
        assertEquals(3, w.toMap().size());
    }
}
