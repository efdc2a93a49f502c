package io.kakaorm.vertx.query;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kakaorm.Query;
import io.kakaorm.Sql;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The seed's operator methods as {@code Sql} markers (like, ilike, in, notIn, between, isNull…) on every database. */
@ExtendWith(TestDatabases.class)
class SqlMarkersTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void likeAndIlike(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        assertEquals(List.of(1L), f.same(p -> Sql.like(p.title, "J%")));
        assertEquals(List.of(3L), f.same(p -> Sql.like(p.title, "j%")));
        assertEquals(List.of(1L, 3L), f.same(p -> Sql.ilike(p.title, "j%")));
        assertEquals(List.of(4L), f.same(p -> Sql.like(p.title, "%50\\%\\_%")));
        assertEquals(List.of(4L, 6L), f.same(p -> Sql.like(p.title, "%\\_%")));
        assertEquals(List.of(8L), f.same(p -> Sql.like(p.title, "K_tlin")));
        assertEquals(
                7,
                f.same(p -> !Sql.like(p.title, "%draft%") && !Sql.like(p.title, "Kotlin"))
                        .size());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void inNotInBetweenIsNull(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        assertEquals(List.of(1L, 2L, 7L), f.same(p -> Sql.in(p.views, 5, 7, 100)));
        assertEquals(List.of(1L, 3L, 4L, 5L, 6L, 8L), f.same(p -> Sql.notIn(p.views, 5, 7)));
        assertEquals(List.of(1L, 3L, 8L), f.same(p -> Sql.in(p.authorId, List.of(1L))));
        // Sql.notIn over a collection is true for a NULL value, as its Java meaning says
        assertEquals(List.of(2L, 4L, 5L, 6L, 7L), f.same(p -> Sql.notIn(p.authorId, List.of(1L))));
        assertEquals(List.of(1L, 3L, 4L, 7L), f.same(p -> Sql.between(p.score, 1.0, 4.0)));
        assertEquals(List.of(2L, 6L), f.same(p -> Sql.isNull(p.score)));
        assertEquals(6, f.same(p -> Sql.isNotNull(p.score)).size());
        assertEquals(List.of(1L, 2L, 3L, 4L, 6L, 7L), f.same(p -> Sql.coalesce(p.score, 0.0) <= 4.0));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void inSubqueryInsideALambda(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        Query<QAuthor> active = f.db.from(QAuthor.class).where(a -> a.isActive);
        int min = 100;
        assertEquals(
                List.of(1L, 3L, 8L),
                Fixture.ids(await(f.posts()
                        .where(p -> p.views >= min && Sql.in(p.authorId, active))
                        .orderBy(p -> p.id)
                        .list())));
        var bobsIds = f.db.from(QAuthor.class).where(a -> a.name.equals("Bob")).select(a -> a.id);
        assertEquals(
                List.of(2L, 5L),
                Fixture.ids(await(f.posts()
                        .where(p -> Sql.in(p.authorId, bobsIds))
                        .orderBy(p -> p.id)
                        .list())));
        assertEquals(
                List.of(1L, 3L, 4L, 6L, 7L, 8L),
                Fixture.ids(await(f.posts()
                        .where(p -> !Sql.in(p.authorId, bobsIds))
                        .orderBy(p -> p.id)
                        .list())));
    }
}
