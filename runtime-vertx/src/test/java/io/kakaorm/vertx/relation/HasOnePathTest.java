package io.kakaorm.vertx.relation;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Filter;
import io.kakaorm.MissingRelatedRowException;
import io.kakaorm.MultipleResultsException;
import io.kakaorm.relation.RelationNotLoadedException;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A hasOne path ({@code w.bio.get().text}) has a value only where exactly one row references the row: with
 * none {@code get()} is null, with several {@code load()} fails, and either way Java's {@code .text}
 * throws. So a filter holding it counts only there, and a select/orderBy fails elsewhere. Writers: Ann (one
 * bio "about Ann"), Abe (two bios), Bob (none), Cy (one bio with a NULL text). Java's side is the same lambda
 * over instances whose bio was loaded one by one (Abe's load fails, so its get() throws).
 */
@ExtendWith(TestDatabases.class)
class HasOnePathTest {

    record Library(Database db, List<Writer> writers, List<Tale> tales) {}

    static Library library(TestDb which) {
        Database db = TestDatabases.open(which);
        for (var m : List.of(Country.class, Writer.class, Bio.class, Tale.class)) {
            await(db.createTable(m));
        }
        List<Long> ids = new ArrayList<>();
        for (String n : List.of("Ann", "Abe", "Bob", "Cy")) {
            ids.add(await(db.create(Writer.class, w -> w.name = n)).id);
        }
        Object[][] bios = {{"about Ann", ids.get(0)}, {"x", ids.get(1)}, {"y", ids.get(1)}, {null, ids.get(3)}};
        for (Object[] b : bios) {
            await(db.create(Bio.class, x -> {
                x.text = (String) b[0];
                x.writerId = (Long) b[1];
            }));
        }
        Object[][] tales = {
            {"one", ids.get(0)}, {"six", ids.get(1)}, {"ten", ids.get(2)}, {"cyan", ids.get(3)}, {"nil", null}
        };
        for (Object[] t : tales) {
            await(db.create(Tale.class, x -> {
                x.title = (String) t[0];
                x.writerId = (Long) t[1];
            }));
        }
        List<Writer> writers = await(db.from(Writer.class).orderBy(w -> w.id).list());
        for (Writer w : writers) {
            loadBio(w);
        }
        List<Tale> loaded = await(
                db.from(Tale.class).prefetch(t -> t.writer).orderBy(t -> t.id).list());
        for (Tale t : loaded) {
            if (t.writer.get() != null) {
                loadBio(t.writer.get());
            }
        }
        return new Library(db, writers, loaded);
    }

    /** Loads the writer's bio (and the bio's writer) as Java would: Abe's load fails, leaving get() throwing. */
    private static void loadBio(Writer w) {
        try {
            Bio b = await(w.bio.load());
            if (b != null) {
                await(b.writer.load());
            }
        } catch (MultipleResultsException e) {
            assertEquals("Abe", w.name);
        }
    }

    private static <T> List<String> java(List<T> rows, Filter<T> f, Function<T, String> name) {
        List<String> out = new ArrayList<>();
        for (T r : rows) {
            try {
                if (f.test(r)) {
                    out.add(name.apply(r));
                }
            } catch (NullPointerException | RelationNotLoadedException e) {
                // Java throws on this row: not selected
            }
        }
        return out;
    }

    private static void sameWriters(Library s, Filter<Writer> f, List<String> expected) {
        assertEquals(expected, java(s.writers(), f, w -> w.name), "the Java side");
        assertEquals(
                expected,
                await(s.db().from(Writer.class).where(f).orderBy(w -> w.id).list()).stream()
                        .map(w -> w.name)
                        .toList());
        assertEquals(expected.size(), await(s.db().from(Writer.class).where(f).count()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void hasOnePath_whereCountsOnlyWhereExactlyOneRowReferences(TestDb testDb) {
        Library s = library(testDb);
        sameWriters(s, w -> w.bio.get().text.startsWith("about"), List.of("Ann"));
        sameWriters(s, w -> !"x".equals(w.bio.get().text), List.of("Ann", "Cy"));
        sameWriters(s, w -> w.bio.get().text == null, List.of("Cy"));
        sameWriters(s, w -> w.bio.get().id != null, List.of("Ann", "Cy"));
        sameWriters(s, w -> w.name.startsWith("B") || w.bio.get().text == null, List.of("Bob", "Cy"));
        sameWriters(s, w -> !(w.bio.get().id == null), List.of("Ann", "Cy"));
        // hasOne then belongsTo: back to the writer
        sameWriters(s, w -> w.bio.get().writer.get().name.equals(w.name), List.of("Ann", "Cy"));
        // belongsTo then hasOne: a tale's writer's bio
        List<String> expected = java(s.tales(), t -> t.writer.get().bio.get().text != null, t -> t.title);
        assertEquals(List.of("one"), expected);
        assertEquals(
                expected,
                await(s.db().from(Tale.class)
                                .where(t -> t.writer.get().bio.get().text != null)
                                .orderBy(t -> t.id)
                                .list())
                        .stream()
                        .map(t -> t.title)
                        .toList());
        assertEquals(
                List.of("one", "cyan"),
                await(s.db().from(Tale.class)
                                .where(t -> t.writer.get().bio.get().id != null)
                                .orderBy(t -> t.id)
                                .list())
                        .stream()
                        .map(t -> t.title)
                        .toList());

        String sql = s.db().from(Writer.class)
                .where(w -> w.bio.get().text.startsWith("about"))
                .toSql();
        assertTrue(sql.contains("COUNT(*)") && sql.contains("rel_bio") && sql.contains(" = 1"), sql);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void hasOnePath_selectAndOrderByFailWhereJavaThrows(TestDb testDb) {
        Library s = library(testDb);
        // Bob has no bio, Abe two: reading their bio's text throws
        MissingRelatedRowException e = assertThrows(
                MissingRelatedRowException.class,
                () -> await(
                        s.db().from(Writer.class).select(w -> w.bio.get().text).list()));
        assertTrue(e.relations().contains("Writer.bio.get()"), e.getMessage());
        assertTrue(e.getMessage().contains("HasOnePathTest.java:"), e.getMessage());
        assertThrows(
                MissingRelatedRowException.class,
                () -> await(s.db().from(Writer.class)
                        .where(w -> w.name.startsWith("A"))
                        .select(w -> w.bio.get().text)
                        .list()));
        assertThrows(
                MissingRelatedRowException.class,
                () -> await(
                        s.db().from(Writer.class).orderBy(w -> w.bio.get().text).list()));
        // where exactly one bio: its text, NULL read as null
        assertEquals(
                Arrays.asList("about Ann", null),
                await(s.db().from(Writer.class)
                        .where(w -> w.name.equals("Ann") || w.name.equals("Cy"))
                        .orderBy(w -> w.id)
                        .select(w -> w.bio.get().text)
                        .list()));
        assertEquals(
                List.of("Cy", "Ann"),
                await(s.db().from(Writer.class)
                                .where(w -> w.bio.get().id != null)
                                .orderBy(w -> w.bio.get().text)
                                .list())
                        .stream()
                        .map(w -> w.name)
                        .toList());
        assertEquals(
                List.of("Ann", "Cy"),
                await(s.db().from(Writer.class)
                        .where(w -> w.bio.get().id != null)
                        .orderBy(w -> w.id)
                        .select(w -> w.bio.get().writer.get().name)
                        .list()));
        assertThrows(
                MissingRelatedRowException.class,
                () -> await(s.db().from(Tale.class)
                        .where(t -> t.writerId != null)
                        .select(t -> t.writer.get().bio.get().text)
                        .list()));
        assertEquals(
                Arrays.asList("about Ann", null),
                await(s.db().from(Tale.class)
                        .where(t -> t.title.equals("one") || t.title.equals("cyan"))
                        .orderBy(t -> t.id)
                        .select(t -> t.writer.get().bio.get().text)
                        .list()));
    }
}
