package io.kakaorm.vertx.query;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** update(...) and delete() by query, returning affected row counts, on every database. */
@ExtendWith(TestDatabases.class)
class QueryWriteTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void updateSetsConstantsInMatchingRowsOnly(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        assertEquals(3, await(f.posts().where(p -> !p.published).update(p -> p.published, true)));
        assertEquals(8L, await(f.posts().where(p -> p.published).count()));
        int n = await(f.posts()
                .where(p -> p.views < 10)
                .update(c -> c.set(p -> p.views, 10).set(p -> p.score, null)));
        assertEquals(3, n);
        assertEquals(
                List.of(2L, 4L, 7L),
                Fixture.ids(await(
                        f.posts().where(p -> p.views == 10).orderBy(p -> p.id).list())));
        assertEquals(4L, await(f.posts().where(p -> p.score == null).count()));
        assertEquals(0, await(f.posts().where(p -> p.views > 5000).update(p -> p.title, "x")));
        assertThrows(IllegalStateException.class, () -> f.posts().limit(1).update(p -> p.views, 1));
        assertThrows(IllegalArgumentException.class, () -> f.posts().update(p -> p.id, 99L));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void deleteRemovesMatchingRowsOnly(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        assertEquals(2, await(f.posts().where(p -> p.score == null).delete()));
        assertEquals(6L, await(f.posts().count()));
        assertEquals(0, await(f.posts().where(p -> p.views > 5000).delete()));
        assertEquals(6, await(f.posts().delete()));
        assertEquals(0L, await(f.posts().count()));
        assertEquals(3L, await(f.db.from(QAuthor.class).count()));
    }
}
