package io.kakaorm.vertx.relation;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Filter;
import io.kakaorm.MissingRelatedRowException;
import io.kakaorm.QueryTranslationException;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A belongsTo path inside a one-model lambda ({@code t.writer.get().name}) is a correlated subquery of the
 * related row: the row count of the outer model never changes, and a row on which Java's {@code get().name}
 * throws (NULL key, dangling key) is never selected, negated or not. Each query is compared with the same
 * lambda run in Java over the instances loaded with their relations prefetched.
 */
@ExtendWith(TestDatabases.class)
class RelationPathTest {

    public record TaleRow(String title, String writer, String country) {}

    record Blog(Database db, List<Tale> tales) {}

    static Blog blog(TestDb which) {
        Database db = TestDatabases.open(which);
        for (var m : List.of(Country.class, Writer.class, Tale.class)) {
            await(db.createTable(m));
        }
        Country jp = await(db.create(Country.class, c -> {
            c.code = "JP";
            c.name = "Japan";
        }));
        Country xx = await(db.create(Country.class, c -> c.code = "XX")); // NULL name
        Writer ann = await(db.create(Writer.class, w -> {
            w.name = "Ann";
            w.countryCode = jp.code;
        }));
        Writer abe = await(db.create(Writer.class, w -> {
            w.name = "Abe";
            w.countryCode = xx.code;
        }));
        Writer bob = await(db.create(Writer.class, w -> w.name = "Bob")); // no country
        Writer cy = await(db.create(Writer.class, w -> {
            w.name = "Cy";
            w.countryCode = jp.code;
        }));
        Object[][] tales = {
            {"one", ann.id},
            {"two", ann.id},
            {"six", abe.id},
            {"ten", bob.id},
            {"nil", null},
            {"lost", 99_999L},
            {"cyan", cy.id}
        };
        for (Object[] t : tales) {
            await(db.create(Tale.class, x -> {
                x.title = (String) t[0];
                x.writerId = (Long) t[1];
            }));
        }
        List<Tale> loaded = await(db.from(Tale.class)
                .prefetchWith(t -> t.writer, q -> q.prefetch(w -> w.country))
                .list());
        return new Blog(db, loaded);
    }

    /** The titles Java selects: a row on which the lambda throws is not selected. */
    private static List<String> java(List<Tale> tales, Predicate<Tale> p) {
        return tales.stream()
                .filter(t -> {
                    try {
                        return p.test(t);
                    } catch (NullPointerException e) {
                        return false;
                    }
                })
                .map(t -> t.title)
                .sorted()
                .toList();
    }

    private static List<String> sql(Blog b, Filter<Tale> f) {
        return await(b.db.from(Tale.class).where(f).list()).stream()
                .map(t -> t.title)
                .sorted()
                .toList();
    }

    private static void same(Blog b, Filter<Tale> f, int expectedSize) {
        List<String> expected = java(b.tales, f::test);
        assertEquals(expectedSize, expected.size(), "the Java side: " + expected);
        assertEquals(expected, sql(b, f));
        assertEquals(expected.size(), await(b.db.from(Tale.class).where(f).count()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void relationPath_whereIsJavasMeaning_nullAndDanglingKeysNeverSelected(TestDb testDb) {
        Blog b = blog(testDb);
        same(b, t -> t.writer.get().name.startsWith("A"), 3); // one two six
        same(b, t -> !t.writer.get().name.startsWith("A"), 2); // ten cyan: not nil, lost
        same(b, t -> !(t.writer.get().name.equals("Bob") || t.writer.get().name.equals("Ann")), 2);
        same(b, t -> t.writerId == null || t.writer.get().name.startsWith("A"), 4); // nil, without throwing
        same(b, t -> t.writer.get().id != null, 5); // the writer is there
        same(b, t -> t.writer.get().name.length() == 3 && t.title.length() == 3, 4);
        same(b, t -> t.title.length() == 4 && t.writer.get().name.length() == 2, 1); // lost throws, cyan
        // chained: Ann and Cy in Japan; Abe's country has a NULL name; Bob has none (throws)
        same(b, t -> "Japan".equals(t.writer.get().country.get().name), 3);
        same(b, t -> !"Japan".equals(t.writer.get().country.get().name), 1); // six
        same(b, t -> t.writer.get().country.get().name == null, 1); // six
        // Java skips the path when the title is short; lost throws, cyan is not "none"
        same(b, t -> (t.title.length() > 3 ? t.writer.get().name : "none").equals("none"), 5);
        same(b, t -> t.title.length() > 3 ? !t.writer.get().name.equals("Cy") : t.writerId == null, 1); // nil
        String captured = "C";
        same(
                b,
                t -> t.writer.get().name.startsWith(captured)
                        && t.writer.get().countryCode.equals("JP"),
                1);

        String sql = b.db.from(Tale.class)
                .where(t -> !t.writer.get().name.startsWith("A"))
                .toSql();
        assertTrue(sql.contains("(SELECT ") && sql.contains("rel_writer") && sql.contains(" IS NOT NULL"), sql);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void relationPath_inOrderByAndSelect(TestDb testDb) {
        Blog b = blog(testDb);
        // ordered by the writer's name, then title, where Java can read it
        List<String> expected = b.tales.stream()
                .filter(t -> t.writer.get() != null)
                .sorted(Comparator.comparing((Tale t) -> t.writer.get().name).thenComparing(t -> t.title))
                .map(t -> t.title)
                .toList();
        assertEquals(
                expected,
                await(b.db.from(Tale.class)
                                .where(t -> t.writer.get().id != null)
                                .orderBy(t -> t.writer.get().name)
                                .orderBy(t -> t.title)
                                .list())
                        .stream()
                        .map(t -> t.title)
                        .toList());
        assertEquals(List.of("six", "one", "two", "ten", "cyan"), expected);

        // into a record: Java's t.writer.get().name throws for nil and lost, so the query fails
        MissingRelatedRowException missing = assertThrows(
                MissingRelatedRowException.class,
                () -> await(b.db.from(Tale.class)
                        .orderBy(t -> t.title)
                        .select(t -> new TaleRow(
                                t.title,
                                t.writer.get().name,
                                t.writer.get().country.get().name))
                        .list()));
        assertEquals(Tale.class, missing.model());
        assertTrue(missing.relations().contains("Tale.writer.get()"), missing.getMessage());
        assertTrue(missing.getMessage().contains("RelationPathTest.java:"), missing.getMessage());
        assertThrows(
                MissingRelatedRowException.class,
                () -> await(b.db.from(Tale.class)
                        .where(t -> t.writerId != null)
                        .select(t -> new TaleRow(
                                t.title,
                                t.writer.get().name,
                                t.writer.get().country.get().name))
                        .list()),
                "ten's writer Bob has no country");
        // where every path can be read; a NULL related value (Abe's country's name) reads null
        List<TaleRow> rows = await(b.db.from(Tale.class)
                .where(t -> t.writer.get().countryCode != null)
                .orderBy(t -> t.title)
                .select(t -> new TaleRow(
                        t.title, t.writer.get().name, t.writer.get().country.get().name))
                .list());
        List<TaleRow> javaRows = b.tales.stream()
                .filter(t -> t.writer.get() != null && t.writer.get().countryCode != null)
                .sorted(Comparator.comparing((Tale t) -> t.title))
                .map(t -> new TaleRow(
                        t.title, t.writer.get().name, t.writer.get().country.get().name))
                .toList();
        assertEquals(javaRows, rows);
        assertEquals(
                List.of(
                        new TaleRow("cyan", "Cy", "Japan"),
                        new TaleRow("one", "Ann", "Japan"),
                        new TaleRow("six", "Abe", null),
                        new TaleRow("two", "Ann", "Japan")),
                rows);
        assertEquals(
                List.of("Ann", "Ann"),
                await(b.db.from(Tale.class)
                        .where(t -> t.writer.get().name.equals("Ann"))
                        .select(t -> t.writer.get().name)
                        .list()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void relationPath_inUpdateAndDeleteByQuery(TestDb testDb) {
        Blog b = blog(testDb);
        int updated = await(b.db.from(Tale.class)
                .where(t -> t.writer.get().id != null)
                .update(c -> c.setTo(t -> t.title, t -> t.title + "/" + t.writer.get().name)));
        assertEquals(5, updated);
        assertEquals(
                List.of("cyan/Cy", "lost", "nil", "one/Ann", "six/Abe", "ten/Bob", "two/Ann"),
                await(b.db.from(Tale.class).orderBy(t -> t.title).list()).stream()
                        .map(t -> t.title)
                        .toList());
        assertEquals(
                2,
                await(b.db.from(Tale.class)
                        .where(t -> !t.writer.get().name.startsWith("A"))
                        .delete()));
        assertEquals(
                List.of("lost", "nil", "one/Ann", "six/Abe", "two/Ann"),
                await(b.db.from(Tale.class).orderBy(t -> t.title).list()).stream()
                        .map(t -> t.title)
                        .toList());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void relationPath_softDeletedTargetIsNotThere_andPathsInJoinLambdas(TestDb testDb) {
        Database db = TestDatabases.open(testDb);
        await(db.createTable(Shelf.class));
        await(db.createTable(Book.class));
        Shelf kept = await(db.create(Shelf.class, s -> s.name = "Kept"));
        Shelf gone = await(db.create(Shelf.class, s -> s.name = "Gone"));
        await(db.create(Book.class, x -> {
            x.title = "a";
            x.shelfId = kept.id;
        }));
        await(db.create(Book.class, x -> {
            x.title = "b";
            x.shelfId = gone.id;
        }));
        await(gone.delete());
        List<Book> books = await(
                db.from(Book.class).prefetch(x -> x.shelf).orderBy(x -> x.title).list());
        assertEquals(null, books.get(1).shelf.get(), "a soft-deleted target loads as null");
        assertEquals(
                List.of("a"),
                await(db.from(Book.class)
                                .where(x -> x.shelf.get().name.length() == 4)
                                .list())
                        .stream()
                        .map(x -> x.title)
                        .toList());
        assertEquals(
                List.of(),
                await(db.from(Book.class)
                        .where(x -> !x.shelf.get().name.equals("Kept"))
                        .list()));

        // in a join lambda, a path of either side
        Blog b = blog(testDb);
        var j = b.db.from(Tale.class).join(Writer.class, (t, w) -> t.writerId.equals(w.id));
        assertEquals(
                List.of("cyan", "one", "two"),
                await(j.where((t, w) -> "Japan".equals(w.country.get().name))
                                .orderBy((t, w) -> t.title)
                                .list())
                        .stream()
                        .map(p -> p.first().title)
                        .toList());
        assertEquals(
                List.of("ten"),
                await(j.where((t, w) -> !t.writer.get().name.startsWith("A") && w.countryCode == null)
                                .orderBy((t, w) -> t.title)
                                .list())
                        .stream()
                        .map(p -> p.first().title)
                        .toList());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void relationPath_hasManyAndHoldersRefusedWithLine(TestDb testDb) {
        Database db = TestDatabases.open(testDb);
        QueryTranslationException many = assertThrows(
                QueryTranslationException.class,
                () -> db.from(Category.class).where(c -> c.children.get().isEmpty()));
        assertTrue(
                many.getMessage().contains("hasMany path Category.children")
                        && many.getMessage().contains("Exists.of")
                        && many.getMessage().contains("RelationPathTest.java:"),
                many.getMessage());
        QueryTranslationException holder = assertThrows(
                QueryTranslationException.class, () -> db.from(Tale.class).where(t -> t.writer.get() == null));
        assertTrue(holder.getMessage().contains("Tale.writer.get()"), holder.getMessage());
    }
}
