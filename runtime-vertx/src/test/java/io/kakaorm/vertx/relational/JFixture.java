package io.kakaorm.vertx.relational;

import static io.kakaorm.vertx.testing.TestDatabases.await;

import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Authors, posts and comments with the awkward cases: a post without author, an author without posts, a
 * post without comments, NULL scores, equal view counts (window ties).
 */
final class JFixture {
    final Database db;
    final List<JAuthor> authors = new ArrayList<>();
    final List<JPost> posts = new ArrayList<>();
    final List<JComment> comments = new ArrayList<>();

    private JFixture(Database db) {
        this.db = db;
    }

    static JFixture open(TestDb testDb) {
        JFixture f = new JFixture(TestDatabases.open(testDb));
        Database db = f.db;
        await(db.createTable(JAuthor.class));
        await(db.createTable(JPost.class));
        await(db.createTable(JComment.class));
        for (JAuthor a :
                List.of(JAuthor.of("Ann", 34), JAuthor.of("Bob", null), JAuthor.of("Alf", 19), JAuthor.of("Zoe", 51))) {
            await(db.save(a));
            f.authors.add(a);
        }
        long ann = f.authors.get(0).id;
        long bob = f.authors.get(1).id;
        long alf = f.authors.get(2).id; // Zoe has no posts
        for (JPost p : List.of(
                JPost.of("Java Basics", 100, 4.0, true, ann),
                JPost.of("Python Tips", 5, null, false, bob),
                JPost.of("java streams", 250, 3.5, true, ann),
                JPost.of("Orphan", 100, 1.0, false, null),
                JPost.of("Vert.x Guide", 1000, 5.0, true, bob),
                JPost.of("Async IO", 7, 2.5, false, alf),
                JPost.of("Kotlin", 250, 4.5, true, ann),
                JPost.of("Lonely", 0, null, true, null))) {
            await(db.save(p));
            f.posts.add(p);
        }
        int[][] spec = {{0, 3}, {0, 1}, {2, 7}, {4, 0}, {4, 2}, {4, 9}, {6, 1}, {3, 4}};
        int n = 0;
        for (int[] s : spec) {
            JComment c = JComment.of(f.posts.get(s[0]).id, "c" + n++, s[1]);
            await(db.save(c));
            f.comments.add(c);
        }
        return f;
    }

    JAuthor author(Long id) {
        return authors.stream()
                .filter(a -> Objects.equals(a.id, id))
                .findFirst()
                .orElse(null);
    }
}
