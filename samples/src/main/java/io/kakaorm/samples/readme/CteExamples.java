package io.kakaorm.samples.readme;

import io.kakaorm.Cte;
import io.kakaorm.Exists;
import io.kakaorm.Leveled;
import io.kakaorm.Scalar;
import io.kakaorm.samples.blog.Author;
import io.kakaorm.samples.blog.Post;
import io.kakaorm.samples.readme.RelationalExamples.DeptEmployee;
import io.kakaorm.vertx.Database;
import java.util.List;

/** The README's CTE section: named subqueries joined and filtered like tables, and a recursive one. */
public final class CteExamples {
    private CteExamples() {}

    /** What {@link #richDepartments} returns. */
    public record Rich(List<DeptEmployee> earners, List<String> departments, String sql) {}

    public static Rich richDepartments(Database db) {
        // tag::cte-rich-departments[]
        // the seed's "rich departments": the high earners as a named subquery (WITH high_earners AS (…)),
        // joined like a table, and filtered against
        Cte<Employee> highEarners = Cte.with("high_earners",
                db.from(Employee.class).where(e -> e.salary >= 1000));
        var earners = db.from(Department.class)
                .join(highEarners, (d, e) -> e.deptId.equals(d.id))
                .orderBy((d, e) -> d.name, (d, e) -> e.name);
        List<DeptEmployee> rows = earners.select((d, e) -> new DeptEmployee(d.name, e.name)).list().await();
        List<Department> rich = db.from(Department.class)
                .whereIn(d -> d.id, highEarners.query().select(e -> e.deptId))
                .orderBy(d -> d.name).list().await();
        String sql = earners.toSql(); // WITH "high_earners" AS (SELECT … WHERE "salary" >= $1) SELECT … JOIN "high_earners" …
        // end::cte-rich-departments[]
        return new Rich(rows, rich.stream().map(d -> d.name).toList(), sql);
    }

    public static List<Leveled<Category>> subtree(Database db, long rootId) {
        // tag::cte-recursive[]
        // every category under rootId, to any depth: WITH RECURSIVE tree AS (anchor UNION step)
        Cte<Category> tree = Cte.withRecursive("tree",
                db.from(Category.class).where(c -> c.id == rootId),   // the anchor rows (depth 0)
                (c, parent) -> c.parentId.equals(parent.id));         // a row joins when its parent is found
        List<Leveled<Category>> all = tree.leveled().await();         // rows with their depth, by depth
        long deep = tree.query().where(c -> c.name.startsWith("Java")).count().await(); // or query it
        // end::cte-recursive[]
        return deep >= 0 ? all : List.of();
    }

    /** What {@link #exists} returns. */
    public record Published(List<String> with, List<String> without, List<String> flags, String sql) {}

    /** An author's name and whether they have a published post: the EXISTS example's row. */
    public record AuthorFlag(String name, boolean published) {}

    public static Published exists(Database db) {
        // tag::exists[]
        // correlated EXISTS / NOT EXISTS: authors having at least one published post, and the others
        Exists<Author> hasPublished = Exists.of(Author.class, Post.class,
                (a, p) -> p.authorId.equals(a.id) && p.published);
        List<Author> writers = db.from(Author.class).where(a -> hasPublished.test(a))
                .orderBy(a -> a.name).list().await();
        List<Author> silent = db.from(Author.class).where(a -> !hasPublished.test(a))
                .orderBy(a -> a.name).list().await();
        List<AuthorFlag> flags = db.from(Author.class).orderBy(a -> a.name)  // a boolean in select
                .select(a -> new AuthorFlag(a.name, hasPublished.test(a))).list().await();
        String sql = db.from(Author.class).where(a -> hasPublished.test(a)).toSql();
        // … WHERE "id" IN (SELECT "t0"."id" FROM "author" AS "t0" INNER JOIN "post" AS "t1" ON …)
        // end::exists[]
        return new Published(
                writers.stream().map(a -> a.name).toList(),
                silent.stream().map(a -> a.name).toList(),
                flags.stream().map(f -> f.name() + "=" + f.published()).toList(),
                sql);
    }

    /** One author's figures, computed by scalar subqueries. */
    public record AuthorStats(String name, long posts, Integer topViews) {}

    /** What {@link #scalar} returns. */
    public record Scalars(List<AuthorStats> stats, List<String> prolific, String sql) {}

    public static Scalars scalar(Database db) {
        // tag::scalar-subquery[]
        // correlated scalar subqueries: each author's post count and best views (0 / null without posts)
        Scalar<Author, Long> postCount = Scalar.count(Author.class, Post.class,
                (a, p) -> p.authorId.equals(a.id));
        Scalar<Author, Integer> topViews = Scalar.max(Author.class, Post.class,
                (a, p) -> p.authorId.equals(a.id), p -> p.views);
        List<AuthorStats> stats = db.from(Author.class).orderBy(a -> a.name)
                .select(a -> new AuthorStats(a.name, postCount.of(a), topViews.of(a))).list().await();
        List<Author> prolific = db.from(Author.class).where(a -> postCount.of(a) >= 2).list().await();
        String sql = db.from(Author.class).select(a -> postCount.of(a)).toSql();
        // SELECT (SELECT COUNT(*) FROM "author" AS "s1_0" INNER JOIN "post" AS "s1_1" ON …
        //         WHERE "s1_0"."id" = "author"."id") FROM "author"
        // end::scalar-subquery[]
        return new Scalars(stats, prolific.stream().map(a -> a.name).toList(), sql);
    }

    public static List<String> writeSql(Database db) {
        // tag::write-tosql[]
        // a write by query shows its SQL and binds without running
        var drafts = db.from(Post.class).where(p -> !p.published);
        String update = drafts.toUpdateSql(c -> c.setTo(p -> p.views, p -> p.views + 1));
        String delete = drafts.toDeleteSql();
        String insert = drafts.toInsertSql(PostArchive.class, c -> c.set(a -> a.postId, p -> p.id));
        // end::write-tosql[]
        return List.of(update, delete, insert);
    }
}
