package io.kakaorm.vertx.query;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kakaorm.Sql;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The seed's WHERE and logical operators, as lambdas, on every database, checked against plain Java. */
@ExtendWith(TestDatabases.class)
class QueryFilterTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void comparisonOperators(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        int min = 100;
        assertEquals(List.of(1L), f.same(p -> p.views == 100));
        assertEquals(7, f.same(p -> p.views != 100).size());
        assertEquals(List.of(1L, 3L, 5L, 8L), f.same(p -> p.views >= min));
        assertEquals(List.of(3L, 5L, 8L), f.same(p -> p.views > min));
        assertEquals(List.of(1L, 2L, 4L, 6L, 7L), f.same(p -> p.views <= min));
        assertEquals(List.of(2L, 4L, 6L, 7L), f.same(p -> p.views < min));
        f.same(p -> p.title.equals("Kotlin"));
        f.same(p -> !p.title.equals("Kotlin"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void nullTestsAndNullableComparisons(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        assertEquals(List.of(2L, 6L), f.same(p -> p.score == null));
        assertEquals(6, f.same(p -> p.score != null).size());
        assertEquals(List.of(2L, 7L), f.same(p -> p.body == null));
        assertEquals(List.of(2L, 6L), f.same(p -> Objects.isNull(p.score)));
        f.same(p -> Objects.nonNull(p.body));
        // a nullable Long compared with != keeps the NULL row, as Java's !Objects.equals does
        assertEquals(List.of(2L, 4L, 5L, 6L, 7L), f.same(p -> !Objects.equals(p.authorId, 1L)));
        f.same(p -> p.authorId != null && p.authorId == 1L);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void stringOperatorsAreCaseSensitiveAndEscapeWildcards(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        assertEquals(List.of(1L), f.same(p -> p.title.startsWith("Java")));
        assertEquals(List.of(3L), f.same(p -> p.title.startsWith("java")));
        assertEquals(List.of(4L), f.same(p -> p.title.contains("50%_")));
        assertEquals(List.of(4L, 6L), f.same(p -> p.title.contains("_")));
        assertEquals(List.of(), f.same(p -> p.title.endsWith("%")));
        // toLowerCase() is refused (Java maps non-ASCII case by its own rules): the database's own ILIKE instead
        assertEquals(List.of(1L, 3L), f.same(p -> Sql.ilike(p.title, "java%")));
        assertEquals(List.of(8L), f.same(p -> p.title.equalsIgnoreCase("KOTLIN")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void sqlInOverNullableColumns_meansContains(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        List<Double> withNull = Arrays.asList(2.5, null);
        List<Long> authors = List.of(1L);
        int nullScores = f.same(p -> p.score == null).size();
        int nullAuthors = f.same(p -> p.authorId == null).size();
        // the fixture must hold NULLs for this to prove anything
        Assertions.assertTrue(nullScores > 0 && nullAuthors > 0);
        Assertions.assertTrue(f.same(p -> Sql.in(p.score, withNull)).size() >= nullScores);
        Assertions.assertTrue(f.same(p -> Sql.notIn(p.authorId, authors)).size() >= nullAuthors);
        f.same(p -> !Sql.in(p.score, withNull));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void inAndNotInOverCollections(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        List<Integer> some = List.of(5, 7, 100);
        List<Integer> none = List.of();
        assertEquals(List.of(1L, 2L, 7L), f.same(p -> some.contains(p.views)));
        assertEquals(5, f.same(p -> !some.contains(p.views)).size());
        assertEquals(List.of(), f.same(p -> none.contains(p.views)));
        assertEquals(8, f.same(p -> !none.contains(p.views)).size());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void logicalOperators(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        // AND by &&, and by chained where(): the same rows
        List<Long> both = f.same(p -> p.published && p.views >= 100);
        assertEquals(
                both,
                Fixture.ids(await(f.posts()
                        .where(p -> p.published)
                        .where(p -> p.views >= 100)
                        .orderBy(p -> p.id)
                        .list())));
        assertEquals(List.of(1L, 3L, 5L, 8L), both);
        f.same(p -> p.published || p.authorId == 1L);
        // NOT over OR, over a nullable comparison
        assertEquals(List.of(1L, 3L, 5L, 6L, 8L), f.same(p -> !(p.views < 10 || !p.published)));
        // NOT over a nullable comparison, written so that Java defines it for NULL scores too
        assertEquals(List.of(2L, 4L, 6L, 7L), f.same(p -> !(p.score != null && p.score > 3.0)));
        // the seed's complex compound condition
        List<Long> authorIds = Arrays.asList(1L, 2L, 3L); // List.of(…).contains(null) throws
        f.same(p -> p.published && (p.views >= 1000 || authorIds.contains(p.authorId)) && !p.title.contains("draft"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void exclude_rowsWhereJavaThrows_areInNeitherForm(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        List<Long> ids = Fixture.ids(
                await(f.posts().exclude(p -> p.score > 3.0).orderBy(p -> p.id).list()));
        // rows with a NULL score are in neither where nor exclude: unboxing it throws in Java
        assertEquals(List.of(4L, 7L), ids);
        assertEquals(
                List.of(2L, 4L, 7L),
                Fixture.ids(await(
                        f.posts().exclude(p -> p.published).orderBy(p -> p.id).list())));
    }
}
