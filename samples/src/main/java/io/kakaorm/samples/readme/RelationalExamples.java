package io.kakaorm.samples.readme;

import static io.kakaorm.Sql.count;
import static io.kakaorm.Sql.denseRank;
import static io.kakaorm.Sql.lag;
import static io.kakaorm.Sql.lead;
import static io.kakaorm.Sql.over;
import static io.kakaorm.Sql.rank;
import static io.kakaorm.Sql.rowNumber;
import static io.kakaorm.Sql.sum;

import io.kakaorm.Pair;
import io.kakaorm.Row;
import io.kakaorm.samples.blog.Author;
import io.kakaorm.samples.blog.Post;
import io.kakaorm.vertx.Database;
import java.util.List;

/** The README's joins, grouping, window, CASE, update-expression and INSERT … SELECT sections. */
public final class RelationalExamples {
    private RelationalExamples() {}

    /** A post's title with its author's name: the join example's row. */
    // tag::relational-records[]
    public record PostRow(String title, String author) {
    }

    /** An author's name and number of posts: the GROUP BY example's row. */
    public record PostsByAuthor(String name, long posts) {
    }

    /** Post count and total views of one author: the HAVING example's row. */
    public record AuthorStats(Long authorId, long posts, long views) {
    }

    /** A post with its row number, rank and dense rank by views: the window example's row. */
    public record Ranked(String title, int views, long rowNum, long rank, long denseRank) {
    }

    /** A post with the running total of views and its neighbours' views: the LAG/LEAD example's row. */
    public record Running(String title, int views, long cumulative, int previous, int next) {
    }

    /** A post's title with its popularity tier: the CASE example's row. */
    public record Tiered(String title, String tier) {
    }

    /** A department with one of its high earners: the IN-subquery example's row. */
    public record DeptEmployee(String department, String employee) {
    }
    // end::relational-records[]

    /** What the join examples return. */
    public record Joins(List<PostRow> rows, List<Pair<Post, Author>> all, List<Row> byAuthor, long joined) {}

    public static Joins joins(Database db) {
        // tag::join[]
        // INNER JOIN: a two-argument lambda for the condition, then every step sees both rows
        List<PostRow> rows = db.from(Post.class)
                .join(Author.class, (p, a) -> p.authorId.equals(a.id))
                .where((p, a) -> p.published)
                .orderBy((p, a) -> p.title)
                .select((p, a) -> new PostRow(p.title, a.name))
                .list().await();

        // LEFT JOIN: the missing side is null, in the lambda (as Java reads it) and in the result
        List<Pair<Post, Author>> all = db.from(Post.class)
                .leftJoin(Author.class, (p, a) -> p.authorId.equals(a.id))
                .where((p, a) -> a == null || a.name.startsWith("A"))
                .list().await();

        // RIGHT JOIN: every author, with or without posts, as Rows
        List<Row> byAuthor = db.from(Post.class)
                .rightJoin(Author.class, (p, a) -> p.authorId.equals(a.id))
                .orderBy((p, a) -> a.name)
                .selectRows((p, a) -> a.name, (p, a) -> p.title)
                .list().await();

        long joined = db.from(Post.class).join(Author.class, (p, a) -> p.authorId.equals(a.id)).count().await();
        // end::join[]
        return new Joins(rows, all, byAuthor, joined);
    }

    /** What the grouping examples return. */
    public record Groups(List<PostsByAuthor> counts, List<AuthorStats> stats, long groups, List<Integer> views) {}

    public static Groups groups(Database db) {
        // tag::group[]
        // posts by author with counts; an author without posts counts 0
        List<PostsByAuthor> counts = db.from(Author.class)
                .leftJoin(Post.class, (a, p) -> p.authorId.equals(a.id))
                .groupBy((a, p) -> a.id, (a, p) -> a.name)
                .orderByDesc((a, p) -> count(p.id)).orderBy((a, p) -> a.name)
                .select((a, p) -> new PostsByAuthor(a.name, count(p.id)))
                .list().await();

        List<AuthorStats> stats = db.from(Post.class)
                .groupBy(p -> p.authorId)
                .having(p -> count() >= 2)
                .having(p -> sum(p.views) >= 100)                 // chained having(): AND
                .orderByDesc(p -> sum(p.views))
                .select(p -> new AuthorStats(p.authorId, count(), sum(p.views)))
                .list().await();

        long groups = db.from(Post.class).groupBy(p -> p.authorId).count().await();     // how many groups
        List<Integer> views = db.from(Post.class).select(p -> p.views).distinct()
                .orderBy(p -> p.views).list().await();
        // end::group[]
        return new Groups(counts, stats, groups, views);
    }

    /** What the window examples return. */
    public record Windows(List<Ranked> ranking, List<Running> totals) {}

    public static Windows windows(Database db) {
        // tag::window[]
        List<Ranked> ranking = db.from(Post.class).orderBy(p -> p.id)
                .select(p -> new Ranked(p.title, p.views,
                        rowNumber(over().partitionBy(p.authorId).orderByDesc(p.views)),
                        rank(over().orderByDesc(p.views)),              // ties share a rank
                        denseRank(over().orderByDesc(p.views))))
                .list().await();

        List<Running> totals = db.from(Post.class).orderBy(p -> p.id)
                .select(p -> new Running(p.title, p.views,
                        sum(p.views, over().orderBy(p.id)),            // running total
                        lag(p.views, 1, 0, over().orderBy(p.id)),       // previous row's views, 0 for the first
                        lead(p.views, 1, 0, over().orderBy(p.id))))     // next row's views, 0 for the last
                .list().await();
        // end::window[]
        return new Windows(ranking, totals);
    }

    /** What the CASE / update / INSERT … SELECT examples return. */
    public record Writes(List<Tiered> tiers, int bumped, int archived) {}

    public static Writes writes(Database db) {
        // tag::case[]
        // a ternary is CASE WHEN … THEN … ELSE … END, nested ones too
        List<Tiered> tiers = db.from(Post.class).orderBy(p -> p.id)
                .select(p -> new Tiered(p.title, p.views >= 1000 ? "popular" : p.views >= 100 ? "read" : "quiet"))
                .list().await();

        // update expressions computed from the row, with Java's arithmetic; CASE from a ternary
        int bumped = db.from(Post.class).where(p -> p.published)
                .update(c -> c.setTo(p -> p.views, p -> p.views + 1)
                        .setTo(p -> p.title, p -> p.views >= 1000 ? p.title + " (hot)" : p.title))
                .await();
        // end::case[]
        // tag::insert-select[]
        // INSERT … SELECT: target columns named by lambdas, value types checked by the compiler
        int archived = db.from(Post.class).where(p -> !p.published)
                .insertInto(PostArchive.class, c -> c
                        .set(a -> a.postId, p -> p.id)
                        .set(a -> a.title, p -> "archived: " + p.title))
                .await();
        // end::insert-select[]
        return new Writes(tiers, bumped, archived);
    }

    public static List<DeptEmployee> richDepartments(Database db) {
        // tag::rich-departments[]
        // the seed's "rich departments": departments with a high earner, and those earners
        var highEarners = db.from(Employee.class).where(e -> e.salary >= 1000).select(e -> e.deptId);
        List<DeptEmployee> rich = db.from(Department.class)
                .whereIn(d -> d.id, highEarners)
                .join(Employee.class, (d, e) -> e.deptId.equals(d.id))
                .where((d, e) -> e.salary >= 1000)
                .orderBy((d, e) -> d.name, (d, e) -> e.name)
                .select((d, e) -> new DeptEmployee(d.name, e.name))
                .list().await();
        // end::rich-departments[]
        return rich;
    }
}
