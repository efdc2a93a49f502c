package io.kakaorm.vertx.query;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kakaorm.Filter;
import io.kakaorm.Query;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.List;

/** Opens a fresh database with the seed's authors and posts, and compares queries with plain Java. */
final class Fixture {
    final Database db;
    final List<QAuthor> authors;
    final List<QPost> posts;

    private Fixture(Database db, List<QAuthor> authors, List<QPost> posts) {
        this.db = db;
        this.authors = authors;
        this.posts = posts;
    }

    static Fixture open(TestDb testDb) {
        Database db = TestDatabases.open(testDb);
        await(db.createTable(QAuthor.class));
        await(db.createTable(QPost.class));
        List<QAuthor> authors = List.of(QAuthor.of("Ann", true), QAuthor.of("Bob", false), QAuthor.of("Cid", true));
        for (QAuthor a : authors) {
            await(db.save(a));
        }
        List<QPost> posts = List.of(
                QPost.of("Java Basics", 100, 4.0, true, 1L),
                QPost.of("Python Tips", 5, null, false, 2L),
                QPost.of("java streams", 250, 3.5, true, 1L),
                QPost.of("Draft 50%_off", 0, 1.0, false, 3L),
                QPost.of("Vert.x Guide", 1000, 5.0, true, 2L),
                QPost.of("SQL_Tricks", 40, null, true, null),
                QPost.of("Async IO", 7, 2.5, false, 3L),
                QPost.of("Kotlin", 300, 4.5, true, 1L));
        for (QPost p : posts) {
            await(db.save(p));
        }
        return new Fixture(db, authors, posts);
    }

    Query<QPost> posts() {
        return db.from(QPost.class);
    }

    /** Ids of the posts {@code f} selects in Java, in id order. */
    List<Long> javaIds(Filter<QPost> f) {
        return posts.stream().filter(f::test).map(p -> p.id).sorted().toList();
    }

    static List<Long> ids(List<QPost> ps) {
        return ps.stream().map(p -> p.id).toList();
    }

    /** Asserts that {@code f} selects the same posts on the database as in Java (and that the case is not trivial when asked). */
    List<Long> same(Filter<QPost> f) {
        List<Long> expected = javaIds(f);
        List<Long> actual = ids(await(posts().where(f).orderBy(p -> p.id).list()));
        assertEquals(expected, actual, "rows selected by the database differ from Java's");
        return actual;
    }
}
