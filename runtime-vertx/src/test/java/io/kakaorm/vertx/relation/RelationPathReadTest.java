package io.kakaorm.vertx.relation;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.MissingRelatedRowException;
import io.kakaorm.QueryStream;
import io.kakaorm.Sql;
import io.kakaorm.vertx.relation.RelationPathTest.Blog;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Promise;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A relation path read as a value — select, orderBy, an update value, an aggregate, a group key — fails
 * with {@link MissingRelatedRowException} exactly where Java's {@code t.writer.get().name} throws, on the rows
 * Java reads it on; a NULL related value still reads as null. Tales: one, two (Ann, Japan), six (Abe, a
 * country with a NULL name), ten (Bob, no country), nil (NULL key), lost (dangling key), cyan (Cy, Japan).
 */
@ExtendWith(TestDatabases.class)
class RelationPathReadTest {

    /** What Java computes: the value, or the marker that it threw NullPointerException. */
    private static final Object THROWS = "<throws NullPointerException>";

    private static Object java(Supplier<?> s) {
        try {
            return s.get();
        } catch (NullPointerException e) {
            return THROWS;
        }
    }

    private static Object sql(Supplier<?> s) {
        try {
            return s.get();
        } catch (MissingRelatedRowException e) {
            assertEquals(Tale.class, e.model());
            assertTrue(e.getMessage().contains("RelationPathReadTest.java:"), e.getMessage());
            return THROWS;
        }
    }

    private static List<Tale> sorted(Blog b) {
        return b.tales().stream()
                .sorted(Comparator.comparing((Tale t) -> t.title))
                .toList();
    }

    private static void same(Object expected, Supplier<?> java, Supplier<?> sql) {
        Object j = java(java);
        assertEquals(expected, j, "the Java side");
        assertEquals(j, sql(sql));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void relationPathRead_inSelect_failsOnTheRowsJavaReads(TestDb testDb) {
        Blog b = RelationPathTest.blog(testDb);
        // every row: nil and lost throw
        same(
                THROWS,
                () -> sorted(b).stream().map(t -> t.writer.get().name).toList(),
                () -> await(b.db().from(Tale.class)
                        .orderBy(t -> t.title)
                        .select(t -> t.writer.get().name)
                        .list()));
        // after LIMIT only the rows that come back are read: cyan, then lost
        same(
                List.of("Cy"),
                () -> sorted(b).stream().limit(1).map(t -> t.writer.get().name).toList(),
                () -> await(b.db().from(Tale.class)
                        .orderBy(t -> t.title)
                        .limit(1)
                        .select(t -> t.writer.get().name)
                        .list()));
        same(
                THROWS,
                () -> sorted(b).stream().limit(2).map(t -> t.writer.get().name).toList(),
                () -> await(b.db().from(Tale.class)
                        .orderBy(t -> t.title)
                        .limit(2)
                        .select(t -> t.writer.get().name)
                        .list()));
        // a ternary reads the path only where Java does; a boolean value is not a filter
        same(
                List.of("Cy", "none", "Ann", "Abe", "Bob", "Ann"),
                () -> sorted(b).stream()
                        .filter(t -> !t.title.equals("lost"))
                        .map(t -> t.writerId == null ? "none" : t.writer.get().name)
                        .toList(),
                () -> await(b.db().from(Tale.class)
                        .where(t -> !t.title.equals("lost"))
                        .orderBy(t -> t.title)
                        .select(t -> t.writerId == null ? "none" : t.writer.get().name)
                        .list()));
        same(
                THROWS,
                () -> sorted(b).stream()
                        .map(t -> t.writer.get().name.startsWith("A"))
                        .toList(),
                () -> await(b.db().from(Tale.class)
                        .orderBy(t -> t.title)
                        .select(t -> t.writer.get().name.startsWith("A"))
                        .list()));
        same(
                List.of(false, true, true, false, true),
                () -> sorted(b).stream()
                        .filter(t -> t.writer.get() != null)
                        .map(t -> t.writer.get().name.startsWith("A"))
                        .toList(),
                () -> await(b.db().from(Tale.class)
                        .where(t -> t.writer.get().id != null)
                        .orderBy(t -> t.title)
                        .select(t -> t.writer.get().name.startsWith("A"))
                        .list()));
        // a NULL related value reads null: six's writer's country has no name
        same(
                Arrays.asList(null, "Japan"),
                () -> sorted(b).stream()
                        .filter(t -> t.title.equals("six") || t.title.equals("two"))
                        .map(t -> t.writer.get().country.get().name)
                        .toList(),
                () -> await(b.db().from(Tale.class)
                        .where(t -> t.title.equals("six") || t.title.equals("two"))
                        .orderBy(t -> t.title)
                        .select(t -> t.writer.get().country.get().name)
                        .list()));
        // streams read the same flag
        QueryStream<String> stream = b.db().from(Tale.class).select(t -> t.writer.get().name).stream(2);
        Promise<Void> done = Promise.promise();
        stream.exceptionHandler(done::tryFail);
        stream.endHandler(v -> done.tryComplete());
        stream.handler(name -> {});
        assertThrows(MissingRelatedRowException.class, () -> await(done.future()));
        String sql = b.db().from(Tale.class).select(t -> t.writer.get().name).toSql();
        assertTrue(sql.contains("CASE WHEN") && sql.contains(" IS NULL"), sql);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void relationPathRead_inOrderBy_failsWhenAnySortedRowLacksIt(TestDb testDb) {
        Blog b = RelationPathTest.blog(testDb);
        Comparator<Tale> byWriter = Comparator.comparing((Tale t) -> t.writer.get().name);
        same(
                THROWS,
                () -> b.tales().stream().sorted(byWriter).map(t -> t.title).toList(),
                () -> titles(await(b.db().from(Tale.class)
                        .orderBy(t -> t.writer.get().name)
                        .list())));
        // the sort reads every row, so a LIMIT does not help (a check statement runs first)
        same(
                THROWS,
                () -> b.tales().stream()
                        .sorted(byWriter)
                        .limit(1)
                        .map(t -> t.title)
                        .toList(),
                () -> titles(await(b.db().from(Tale.class)
                        .orderBy(t -> t.writer.get().name)
                        .limit(1)
                        .list())));
        assertThrows(
                MissingRelatedRowException.class,
                () -> await(b.db().from(Tale.class)
                        .orderBy(t -> t.writer.get().name)
                        .first()));
        assertThrows(
                MissingRelatedRowException.class,
                () -> await(b.db().from(Tale.class)
                        .orderBy(t -> t.writer.get().name)
                        .select(t -> t.title)
                        .list()));
        // without the rows Java cannot read: a filter on the key only (checked), or on the path (assured)
        same(
                List.of("six", "one"),
                () -> b.tales().stream()
                        .filter(t -> t.writerId != null && !t.title.equals("lost"))
                        .sorted(byWriter.thenComparing(t -> t.title))
                        .limit(2)
                        .map(t -> t.title)
                        .toList(),
                () -> titles(await(b.db().from(Tale.class)
                        .where(t -> t.writerId != null && !t.title.equals("lost"))
                        .orderBy(t -> t.writer.get().name)
                        .orderBy(t -> t.title)
                        .limit(2)
                        .list())));
        String assured = b.db().from(Tale.class)
                .where(t -> t.writer.get().id != null)
                .orderBy(t -> t.writer.get().name)
                .limit(2)
                .toSql();
        assertTrue(!assured.contains("MAX(") && !assured.contains("CASE WHEN"), assured);
        String checked = b.db().from(Tale.class)
                .where(t -> t.writerId != null)
                .orderBy(t -> t.writer.get().name)
                .limit(2)
                .toSql();
        assertTrue(checked.contains("MAX(CASE WHEN"), checked);
        // a NULL related value sorts as a NULL key (first), it does not fail
        assertEquals(
                List.of("six", "cyan", "one", "two"),
                titles(await(b.db().from(Tale.class)
                        .where(t -> t.writer.get().countryCode != null)
                        .orderBy(t -> t.writer.get().country.get().name)
                        .orderBy(t -> t.title)
                        .list())));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void relationPathRead_inUpdateAggregateAndGroupBy(TestDb testDb) {
        Blog b = RelationPathTest.blog(testDb);
        // an update value: fails before writing anything
        assertThrows(
                MissingRelatedRowException.class,
                () -> await(b.db().from(Tale.class)
                        .update(c -> c.setTo(t -> t.title, t -> t.title + "/" + t.writer.get().name))));
        assertEquals(
                List.of("cyan", "lost", "nil", "one", "six", "ten", "two"),
                titles(await(b.db().from(Tale.class).orderBy(t -> t.title).list())));
        assertEquals(
                5,
                await(b.db().from(Tale.class)
                        .where(t -> t.writerId != null && !t.title.equals("lost"))
                        .update(c -> c.setTo(t -> t.title, t -> t.title + "/" + t.writer.get().name))));
        assertEquals(
                List.of("cyan/Cy", "lost", "nil", "one/Ann", "six/Abe", "ten/Bob", "two/Ann"),
                titles(await(b.db().from(Tale.class).orderBy(t -> t.title).list())));

        // aggregates read every row they aggregate
        same(
                THROWS,
                () -> b.tales().stream().map(t -> t.writer.get().name).max(Comparator.naturalOrder()),
                () -> await(b.db().from(Tale.class).max(t -> t.writer.get().name)));
        assertEquals(
                "Cy",
                await(b.db().from(Tale.class)
                        .where(t -> t.writerId != null && !t.title.startsWith("lost"))
                        .max(t -> t.writer.get().name)));
        assertEquals(
                4L,
                await(b.db().from(Tale.class)
                        .where(t -> t.writerId != null && !t.title.startsWith("lost"))
                        .sum(t -> t.writer.get().name.length() - 2)));
        // over a LIMIT, only the rows it keeps: ordered by title, cyan/Cy then lost
        assertEquals(
                2L,
                await(b.db().from(Tale.class)
                        .orderBy(t -> t.title)
                        .limit(1)
                        .sum(t -> t.writer.get().name.length())));
        assertThrows(
                MissingRelatedRowException.class,
                () -> await(b.db().from(Tale.class)
                        .orderBy(t -> t.title)
                        .limit(2)
                        .sum(t -> t.writer.get().name.length())));

        // a group key is read on every row
        assertThrows(
                MissingRelatedRowException.class,
                () -> await(b.db().from(Tale.class)
                        .groupBy(t -> t.writer.get().name)
                        .select(t -> Sql.count())
                        .list()));
        assertEquals(
                List.of(1L, 2L, 1L, 1L),
                await(b.db().from(Tale.class)
                        .where(t -> t.writerId != null && !t.title.startsWith("lost"))
                        .groupBy(t -> t.writer.get().name)
                        .orderBy(t -> t.writer.get().name)
                        .select(t -> Sql.count())
                        .list()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void relationPathRead_inInsertSelect_failsBeforeInserting(TestDb testDb) {
        Blog b = RelationPathTest.blog(testDb);
        await(b.db().createTable(TaleCopy.class));
        assertThrows(
                MissingRelatedRowException.class,
                () -> await(b.db().from(Tale.class)
                        .insertInto(
                                TaleCopy.class,
                                c -> c.set(x -> x.title, t -> t.title).set(x -> x.writer, t -> t.writer.get().name))));
        assertEquals(0L, await(b.db().from(TaleCopy.class).count()));
        assertEquals(
                5,
                await(b.db().from(Tale.class)
                        .where(t -> t.writerId != null && !t.title.equals("lost"))
                        .insertInto(
                                TaleCopy.class,
                                c -> c.set(x -> x.title, t -> t.title).set(x -> x.writer, t -> t.writer.get().name))));
        assertEquals(
                List.of("cyan/Cy", "one/Ann", "six/Abe", "ten/Bob", "two/Ann"),
                await(b.db().from(TaleCopy.class).orderBy(x -> x.title).list()).stream()
                        .map(x -> x.title + "/" + x.writer)
                        .toList());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void relationPathRead_inJoinLambdas_aFilterOnOneSourceDoesNotVouchForTheOther(TestDb testDb) {
        Blog b = RelationPathTest.blog(testDb);
        var pairs = b.db().from(Tale.class).join(Tale.class, (x, y) -> x.title.equals("one") && y.title.length() == 3);
        // x's writer is required by the filter; y's (nil has none) is read by the select: Java throws
        assertThrows(
                MissingRelatedRowException.class,
                () -> await(pairs.where((x, y) -> x.writer.get().id != null)
                        .select((x, y) -> y.writer.get().name)
                        .list()));
        assertEquals(
                List.of("Ann", "Ann", "Abe", "Bob"),
                await(pairs.where((x, y) -> x.writer.get().id != null && y.writer.get().id != null)
                        .orderBy((x, y) -> y.id)
                        .select((x, y) -> y.writer.get().name)
                        .list()));
    }

    private static List<String> titles(List<Tale> tales) {
        return tales.stream().map(t -> t.title).toList();
    }
}
