package io.kakaorm.vertx.query;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kakaorm.Query;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** IN / NOT IN over a subquery (the seed's {@code Post.author_id.in_(active_authors)}). */
@ExtendWith(TestDatabases.class)
class SubqueryTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void inSubqueryOfModelsAndOfAColumn(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        Query<QAuthor> active = f.db.from(QAuthor.class).where(a -> a.isActive);
        // active authors: Ann (1) and Cid (3)
        assertEquals(
                List.of(1L, 3L, 4L, 7L, 8L),
                Fixture.ids(await(f.posts()
                        .whereIn(p -> p.authorId, active)
                        .orderBy(p -> p.id)
                        .list())));
        var activeIds = f.db.from(QAuthor.class).where(a -> a.isActive).select(a -> a.id);
        assertEquals(
                List.of(3L, 8L),
                Fixture.ids(await(f.posts()
                        .where(p -> p.views > 200)
                        .whereIn(p -> p.authorId, activeIds)
                        .orderBy(p -> p.id)
                        .list())));
        // Java meaning: a post without author is "not contained" in the active ids, so it is kept (SQL's
        // NULL NOT IN (…) would be UNKNOWN)
        assertEquals(
                List.of(2L, 5L, 6L),
                Fixture.ids(await(f.posts()
                        .whereNotIn(p -> p.authorId, active)
                        .orderBy(p -> p.id)
                        .list())));
        String name = "Bob";
        var bob = f.db.from(QAuthor.class).where(a -> a.name.equals(name));
        assertEquals(
                1L,
                await(f.posts()
                        .where(p -> p.views < 1000)
                        .whereIn(p -> p.authorId, bob)
                        .count()));
    }
}
