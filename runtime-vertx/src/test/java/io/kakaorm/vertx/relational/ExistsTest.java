package io.kakaorm.vertx.relational;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Exists;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Correlated EXISTS / NOT EXISTS from lambdas on every database: the seed's "authors with a published post". */
@ExtendWith(TestDatabases.class)
class ExistsTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void exists_authorsWithAPublishedPost(TestDb testDb) {
        JFixture f = JFixture.open(testDb);
        Exists<JAuthor> hasPublished =
                Exists.of(JAuthor.class, JPost.class, (a, p) -> p.authorId.equals(a.id) && p.published);
        var with = f.db.from(JAuthor.class).where(a -> hasPublished.test(a)).orderBy(a -> a.name);
        assertEquals(
                List.of("Ann", "Bob"),
                await(with.list()).stream().map(a -> a.name).toList());
        var without = f.db.from(JAuthor.class).where(a -> !hasPublished.test(a)).orderBy(a -> a.name);
        assertEquals(
                List.of("Alf", "Zoe"),
                await(without.list()).stream().map(a -> a.name).toList(),
                "Alf has only an unpublished post, Zoe none");
        assertEquals(2L, await(without.count()));
        int min = 500;
        Exists<JPost> byPopular = Exists.of(
                JPost.class,
                JPost.class,
                (p, other) -> other.authorId != null && other.authorId.equals(p.authorId) && other.views >= min);
        assertEquals(
                List.of("Python Tips", "Vert.x Guide"),
                await(f.db.from(JPost.class)
                                .where(p -> byPopular.test(p))
                                .orderBy(p -> p.title)
                                .list())
                        .stream()
                        .map(p -> p.title)
                        .toList());
        String sql = with.toSql();
        assertTrue(sql.contains(" IN (SELECT ") && sql.contains(" JOIN "), sql);
        assertThrows(UnsupportedOperationException.class, () -> hasPublished.test(new JAuthor()));
    }
}
