package io.kakaorm.samples.blog;

import io.kakaorm.Query;
import io.kakaorm.Row;
import io.kakaorm.Sql;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import io.vertx.core.streams.ReadStream;
import java.util.List;

/** The seed's QuerySet operations and filter operators in Java, one tagged snippet per README section. */
public final class QueryExamples {
    private QueryExamples() {
    }

    // tag::projection-record[]
    public record TitleViews(String title, int views) {
    }
    // end::projection-record[]

    /** Runs every snippet against {@code db} (tables created, a few rows inserted by the caller). */
    public static List<Object> run(Database db) {
        int min = 100;
        // tag::where[]
        List<Post> posts = db.from(Post.class)
                .where(p -> p.published)                       // repeated where() calls AND together
                .where(p -> p.views >= min)                    // captured `min` is a bind parameter
                .list().await();
        List<Post> same = db.from(Post.class).where(p -> p.published && p.views >= min).list().await();
        // end::where[]

        // tag::logic[]
        List<Post> orNot = db.from(Post.class).where(p -> !(p.views < 10 || !p.published)).list().await();
        List<Post> notDraft = db.from(Post.class).exclude(p -> p.title.contains("draft")).list().await();
        List<Long> ids = List.of(1L, 2L, 3L);
        List<Post> complex = db.from(Post.class)
                .where(p -> p.published && (p.views >= 1000 || ids.contains(p.authorId)) && !Sql.like(p.title, "%draft%"))
                .list().await();
        // end::logic[]

        // tag::operators[]
        db.from(Post.class).where(p -> p.views == 100).list().await();           // =   (also != >= > <= <)
        db.from(Post.class).where(p -> p.score == null).list().await();         // IS NULL
        db.from(Post.class).where(p -> p.score != null).list().await();         // IS NOT NULL
        db.from(Post.class).where(p -> Sql.like(p.title, "A%")).list().await(); // LIKE, case-sensitive everywhere
        db.from(Post.class).where(p -> Sql.ilike(p.title, "a%")).list().await();// ILIKE (emulated on MySQL/SQLite)
        db.from(Post.class).where(p -> Sql.in(p.views, 1, 2, 3)).list().await();// IN
        db.from(Post.class).where(p -> Sql.notIn(p.views, 1, 2)).list().await();// NOT IN
        db.from(Post.class).where(p -> Sql.between(p.score, 1.0, 5.0)).list().await(); // BETWEEN
        db.from(Post.class).where(p -> p.title.startsWith("Java")).list().await(); // LIKE 'Java%' with % _ escaped
        // end::operators[]

        // tag::order[]
        List<Post> page = db.from(Post.class).where(p -> p.published)
                .orderByDesc(p -> p.views).orderBy(p -> p.id)
                .limit(10).offset(20)
                .list().await();
        // end::order[]

        // tag::select[]
        List<TitleViews> tv = db.from(Post.class).select(p -> new TitleViews(p.title, p.views)).list().await();
        List<String> titles = db.from(Post.class).orderBy(p -> p.title).select(p -> p.title).list().await();
        List<Row> rows = db.from(Post.class).selectRows(p -> p.id, p -> p.title)   // {id=1, title=…}
                .alsoSelect(p -> p.views, p -> p.authorId)                          // + views, author_id
                .list().await();
        // end::select[]

        // tag::single[]
        Post top = db.from(Post.class).orderByDesc(p -> p.views).first().await();   // null when none
        Post bottom = db.from(Post.class).orderByDesc(p -> p.views).last().await();
        Post one = db.from(Post.class).where(p -> p.title.equals("Hello")).getOrNone().await();
        // get(): NotFoundException / MultipleResultsException naming the model, the lambda's line and the SQL
        // end::single[]

        // tag::aggregates[]
        long n = db.from(Post.class).where(p -> p.published).count().await();
        boolean hasDraft = db.from(Post.class).where(p -> !p.published).exists().await();
        Long total = db.from(Post.class).sum(p -> p.views).await();      // null over no rows
        Double avg = db.from(Post.class).avg(p -> p.score).await();
        Integer hi = db.from(Post.class).max(p -> p.views).await();      // the column's type
        Double lo = db.from(Post.class).min(p -> p.score).await();
        Row stats = db.from(Post.class).where(p -> p.published)
                .aggregate(a -> a.sum("total_views", p -> p.views).avg("avg_score", p -> p.score)
                        .max("max_views", p -> p.views).count("post_count"))
                .await();                                                // {total_views=…, avg_score=…, …}
        // end::aggregates[]

        // tag::subquery[]
        Query<Author> withBio = db.from(Author.class).where(a -> a.bio != null);
        List<Post> byAuthorsWithBio = db.from(Post.class).where(p -> Sql.in(p.authorId, withBio)).list().await();
        List<Post> others = db.from(Post.class).whereNotIn(p -> p.authorId, withBio.select(a -> a.id)).list().await();
        // end::subquery[]

        // tag::stream[]
        ReadStream<Post> stream = db.from(Post.class).orderByDesc(p -> p.views).stream(100); // the seed's async for
        Future<Long> seen = stream.collect(java.util.stream.Collectors.counting());
        // end::stream[]
        seen.await();

        // tag::write[]
        int published = db.from(Post.class).where(p -> p.views >= 1000).update(p -> p.published, true).await();
        int reset = db.from(Post.class).where(p -> !p.published)
                .update(c -> c.set(p -> p.views, 0).set(p -> p.score, null)).await();
        int deleted = db.from(Post.class).where(p -> p.title.startsWith("tmp")).delete().await();
        // end::write[]

        return List.of(posts, same, orNot, notDraft, complex, page, tv, titles, rows, String.valueOf(top),
                String.valueOf(bottom), String.valueOf(one), n, hasDraft, String.valueOf(total), String.valueOf(avg),
                String.valueOf(hi), String.valueOf(lo), stats, byAuthorsWithBio, others, published, reset, deleted);
    }
}
