package io.kakaorm.samples.readme;

import io.kakaorm.Row;
import io.kakaorm.samples.blog.Post;
import io.kakaorm.vertx.Database;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;

/** The README's raw-SQL section. Expects the blog tables with some rows. */
public final class RawSqlExamples {
    private RawSqlExamples() {}

    /** What the examples produced. */
    public record Results(List<Row> rows, int affected, Long count) {}

    /** A row of the typed raw-SQL example: an author's name, post count and highest views. */
    // tag::typed-record[]
    public record AuthorPosts(String name, long posts, Long maxViews) {
    }
    // end::typed-record[]

    /** What the typed examples produced. */
    public record Typed(List<AuthorPosts> stats, List<Post> popular, List<String> seen) {}

    public static Typed typed(Database db) {
        // tag::typed[]
        List<AuthorPosts> stats = db.fetch(AuthorPosts.class,           // columns by label: max_views → maxViews
                "SELECT a.name, COUNT(p.id) AS posts, MAX(p.views) AS max_views"
                        + " FROM author a LEFT JOIN post p ON p.author_id = a.id"
                        + " GROUP BY a.id, a.name ORDER BY a.name").await();

        List<Post> popular = db.fetchModels(Post.class,                 // every column of the model, any order
                "SELECT * FROM post WHERE views >= ? ORDER BY views DESC", 100).await();

        List<String> seen = new ArrayList<>();
        Promise<Void> done = Promise.promise();
        db.stream(Post.class, "SELECT * FROM post ORDER BY id")          // large results: a back-pressured stream
                .handler(p -> seen.add(p.title))
                .exceptionHandler(done::tryFail)
                .endHandler(v -> done.tryComplete());
        done.future().await();
        // end::typed[]
        return new Typed(stats, popular, seen);
    }

    public static Results run(Database db, long authorId) {
        // tag::raw[]
        // SELECT → rows as name → value; `?` placeholders on every database, values always bound
        List<Row> rows = db.fetch(
                "SELECT p.title, a.name FROM post p JOIN author a ON p.author_id = a.id WHERE p.views > ?",
                100).await();

        // INSERT / UPDATE / DELETE → affected row count
        int affected = db.execute("UPDATE post SET views = 0 WHERE author_id = ?", authorId).await();

        // a single value
        Long count = db.fetchValue(Long.class, "SELECT COUNT(*) FROM post WHERE published = ?", true).await();
        // end::raw[]
        return new Results(rows, affected, count);
    }
}
