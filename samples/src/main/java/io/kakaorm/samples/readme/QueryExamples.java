package io.kakaorm.samples.readme;

import static io.kakaorm.Sql.between;
import static io.kakaorm.Sql.ilike;
import static io.kakaorm.Sql.in;
import static io.kakaorm.Sql.isNull;
import static io.kakaorm.Sql.like;
import static io.kakaorm.Sql.notIn;

import io.kakaorm.Row;
import io.kakaorm.samples.blog.Author;
import io.kakaorm.samples.blog.Post;
import io.kakaorm.vertx.Database;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;

/** The README's query sections, run by the samples' tests on every database over the blog tables. */
public final class QueryExamples {
    private QueryExamples() {}

    /** A typed projection: a record filled by its constructor. */
    // tag::record[]
    public record TitleViews(String title, int views) {
    }
    // end::record[]

    /** Filtering, ordering and paging. */
    public static List<List<Post>> filters(Database db, int min) {
        List<List<Post>> out = new ArrayList<>();
        // tag::where[]
        // AND: repeated where() calls, or && inside one lambda
        List<Post> popular = db.from(Post.class)
                .where(p -> p.published)
                .where(p -> p.views >= min)                    // `min` is captured: bound as a parameter
                .list().await();

        // OR / NOT, exactly as Java reads them
        List<Post> quiet = db.from(Post.class)
                .where(p -> !(p.views < 10 || !p.published))
                .list().await();

        // exclude(): NOT of the whole condition
        List<Post> notDrafts = db.from(Post.class).exclude(p -> p.title.startsWith("Draft")).list().await();

        // sorting and pagination
        List<Post> page = db.from(Post.class)
                .where(p -> p.published)
                .orderByDesc(p -> p.views).orderBy(p -> p.title)
                .limit(10).offset(20)
                .list().await();
        // end::where[]
        out.add(popular);
        out.add(quiet);
        out.add(notDrafts);
        out.add(page);
        return out;
    }

    /** Every filter operator of the seed. */
    public static List<List<Post>> operators(Database db) {
        List<Long> ids = List.of(1L, 2L, 3L);
        List<List<Post>> out = new ArrayList<>();
        // tag::operators[]
        out.add(db.from(Post.class).where(p -> p.views == 100).list().await());            // =
        out.add(db.from(Post.class).where(p -> p.views != 100).list().await());            // <>
        out.add(db.from(Post.class).where(p -> p.views >= 100 && p.views < 1000).list().await());
        out.add(db.from(Post.class).where(p -> p.score == null).list().await());           // IS NULL
        out.add(db.from(Post.class).where(p -> p.score != null).list().await());           // IS NOT NULL
        out.add(db.from(Post.class).where(p -> like(p.title, "A%")).list().await());       // LIKE, case-sensitive
        out.add(db.from(Post.class).where(p -> ilike(p.title, "a%")).list().await());      // case-insensitive
        out.add(db.from(Post.class).where(p -> p.title.contains("50%")).list().await());   // % and _ match themselves
        out.add(db.from(Post.class).where(p -> ids.contains(p.authorId)).list().await());  // IN (?, ?, ?)
        out.add(db.from(Post.class).where(p -> in(p.views, 1, 2, 3)).list().await());      // IN
        out.add(db.from(Post.class).where(p -> notIn(p.views, 1, 2)).list().await());      // NOT IN
        out.add(db.from(Post.class).where(p -> between(p.score, 1.0, 5.0)).list().await()); // BETWEEN
        out.add(db.from(Post.class).where(p -> isNull(p.body)).list().await());            // IS NULL
        out.add(db.from(Post.class)
                .where(p -> p.published && (p.views >= 1000 || ids.contains(p.authorId)))
                .where(p -> !like(p.title, "%draft%"))
                .list().await());
        // end::operators[]
        return out;
    }

    /** Projections, counting and aggregates. */
    public record Figures(
            List<TitleViews> titleViews,
            List<String> titles,
            List<Row> rows,
            List<Row> wider,
            long published,
            boolean anyDraft,
            Long total,
            Double avg,
            Integer max,
            Double minScore,
            Row stats) {}

    public static Figures figures(Database db) {
        // tag::select[]
        List<TitleViews> titleViews = db.from(Post.class)
                .orderBy(p -> p.id)
                .select(p -> new TitleViews(p.title, p.views)).list().await();   // into a record
        List<String> titles = db.from(Post.class).orderBy(p -> p.id).select(p -> p.title).list().await();
        List<Row> rows = db.from(Post.class).orderBy(p -> p.id)
                .selectRows(p -> p.id, p -> p.title).list().await();             // name → value
        List<Row> wider = db.from(Post.class).orderBy(p -> p.id)
                .selectRows(p -> p.id, p -> p.title)
                .alsoSelect(p -> p.views, p -> p.authorId).list().await();       // id, title, views, author_id
        // end::select[]

        // tag::aggregates[]
        long published = db.from(Post.class).where(p -> p.published).count().await();
        boolean anyDraft = db.from(Post.class).where(p -> !p.published).exists().await();
        Long total = db.from(Post.class).sum(p -> p.views).await();
        Double avg = db.from(Post.class).avg(p -> p.views).await();
        Integer max = db.from(Post.class).max(p -> p.views).await();
        Double minScore = db.from(Post.class).min(p -> p.score).await();

        Row stats = db.from(Post.class).where(p -> p.published)
                .aggregate(a -> a.sum("totalViews", p -> p.views)
                        .avg("avgScore", p -> p.score)
                        .max("maxViews", p -> p.views)
                        .count("postCount"))
                .await();                                        // {totalViews=…, avgScore=…, maxViews=…, postCount=…}
        // end::aggregates[]
        return new Figures(titleViews, titles, rows, wider, published, anyDraft, total, avg, max, minScore, stats);
    }

    /** One-row lookups. */
    public static List<Post> singles(Database db) {
        List<Post> out = new ArrayList<>();
        // tag::single[]
        Post top = db.from(Post.class).orderByDesc(p -> p.views).first().await();        // null when empty
        Post newest = db.from(Post.class).last().await();                                // highest id
        Post hello = db.from(Post.class).where(p -> p.title.equals("Hello")).get().await(); // exactly one
        Post missing = db.from(Post.class).where(p -> p.views < 0).getOrNone().await();  // null
        // end::single[]
        out.add(top);
        out.add(newest);
        out.add(hello);
        out.add(missing);
        return out;
    }

    /** IN subquery, bulk update and delete. */
    public record Bulk(List<Post> byActiveAuthors, int updated, int deleted) {}

    public static Bulk bulk(Database db) {
        // tag::subquery[]
        var activeAuthors = db.from(Author.class).where(a -> a.bio != null).select(a -> a.id);
        List<Post> byActive = db.from(Post.class)
                .where(p -> in(p.authorId, activeAuthors))         // author_id IN (SELECT id FROM author …)
                .list().await();
        // end::subquery[]

        // tag::bulk[]
        int updated = db.from(Post.class).where(p -> !p.published).update(p -> p.published, true).await();
        int deleted = db.from(Post.class).where(p -> p.views == 0).delete().await();
        // end::bulk[]
        return new Bulk(byActive, updated, deleted);
    }

    /** Iterates every post, most viewed first, without holding the result in memory. */
    public static List<String> stream(Database db) {
        List<String> seen = new ArrayList<>();
        // tag::stream[]
        Promise<Void> done = Promise.promise();
        db.from(Post.class).orderByDesc(p -> p.views).stream()    // a back-pressured ReadStream<Post>
                .handler(post -> seen.add(post.title))
                .exceptionHandler(done::tryFail)
                .endHandler(v -> done.tryComplete());
        done.future().await();
        // end::stream[]
        return seen;
    }
}
