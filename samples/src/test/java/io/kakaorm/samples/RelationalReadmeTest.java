package io.kakaorm.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kakaorm.samples.blog.Author;
import io.kakaorm.samples.blog.Post;
import io.kakaorm.samples.readme.Department;
import io.kakaorm.samples.readme.Employee;
import io.kakaorm.samples.readme.PostArchive;
import io.kakaorm.samples.readme.RelationalExamples;
import io.kakaorm.samples.readme.RelationalExamples.DeptEmployee;
import io.kakaorm.samples.readme.RelationalExamples.PostRow;
import io.kakaorm.samples.readme.RelationalExamples.PostsByAuthor;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs the README's relational examples (joins, groups, windows, CASE, updates, INSERT … SELECT) on every database. */
@ExtendWith(TestDatabases.class)
class RelationalReadmeTest {

    private static Long author(Database db, String name) {
        return db.create(Author.class, a -> {
                    a.name = name;
                    a.email = name.toLowerCase() + "@example.com";
                })
                .await()
                .id;
    }

    private static void post(Database db, String title, boolean published, int views, Long author) {
        db.create(Post.class, p -> {
                    p.title = title;
                    p.published = published;
                    p.views = views;
                    p.authorId = author;
                })
                .await();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void relationalExamples_returnWhatTheReadmeSays(TestDb which) {
        Database db = TestDatabases.open(which);
        db.createTable(Author.class).await();
        db.createTable(Post.class).await();
        db.createTable(PostArchive.class).await();
        Long alice = author(db, "Alice");
        Long bob = author(db, "Bob");
        author(db, "Carol"); // no posts
        post(db, "Hello", true, 100, alice);
        post(db, "Popular", true, 5000, alice);
        post(db, "Quiet", true, 20, bob);
        post(db, "Draft", false, 100, bob);
        post(db, "Orphan", false, 2, null);

        RelationalExamples.Joins j = RelationalExamples.joins(db);
        assertEquals(
                List.of(new PostRow("Hello", "Alice"), new PostRow("Popular", "Alice"), new PostRow("Quiet", "Bob")),
                j.rows());
        assertEquals(
                List.of("Hello", "Popular", "Orphan"),
                j.all().stream()
                        .map(x -> x.first().title)
                        .sorted((a, b) -> List.of("Hello", "Popular", "Orphan").indexOf(a)
                                - List.of("Hello", "Popular", "Orphan").indexOf(b))
                        .toList());
        assertNull(j.all().stream()
                .filter(x -> x.first().title.equals("Orphan"))
                .findFirst()
                .orElseThrow()
                .second());
        assertEquals(5, j.byAuthor().size()); // 2 + 2 posts, and Carol with none
        assertNull(j.byAuthor().get(4).get("title"));
        assertEquals(4L, j.joined());

        RelationalExamples.Groups g = RelationalExamples.groups(db);
        assertEquals(
                List.of(new PostsByAuthor("Alice", 2), new PostsByAuthor("Bob", 2), new PostsByAuthor("Carol", 0)),
                g.counts());
        assertEquals(2, g.stats().size());
        assertEquals(alice, g.stats().get(0).authorId());
        assertEquals(5100L, g.stats().get(0).views());
        assertEquals(3L, g.groups()); // Alice, Bob and the NULL author
        assertEquals(List.of(2, 20, 100, 5000), g.views());

        RelationalExamples.Windows w = RelationalExamples.windows(db);
        assertEquals(
                List.of(2L, 1L, 2L, 1L, 1L),
                w.ranking().stream().map(r -> r.rowNum()).toList());
        assertEquals(
                List.of(2L, 1L, 4L, 2L, 5L),
                w.ranking().stream().map(r -> r.rank()).toList());
        assertEquals(
                List.of(2L, 1L, 3L, 2L, 4L),
                w.ranking().stream().map(r -> r.denseRank()).toList());
        assertEquals(
                List.of(100L, 5100L, 5120L, 5220L, 5222L),
                w.totals().stream().map(r -> r.cumulative()).toList());
        assertEquals(
                List.of(0, 100, 5000, 20, 100),
                w.totals().stream().map(r -> r.previous()).toList());
        assertEquals(
                List.of(5000, 20, 100, 2, 0),
                w.totals().stream().map(r -> r.next()).toList());

        RelationalExamples.Writes x = RelationalExamples.writes(db);
        assertEquals(
                List.of("read", "popular", "quiet", "read", "quiet"),
                x.tiers().stream().map(t -> t.tier()).toList());
        assertEquals(3, x.bumped());
        Post popular = db.from(Post.class).where(p -> p.views == 5001).get().await();
        assertEquals("Popular (hot)", popular.title);
        assertEquals(2, x.archived());
        assertEquals(
                List.of("archived: Draft", "archived: Orphan"),
                db.from(PostArchive.class)
                        .orderBy(a -> a.title)
                        .select(a -> a.title)
                        .list()
                        .await());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void richDepartments(TestDb which) {
        Database db = TestDatabases.open(which);
        db.createTable(Department.class).await();
        db.createTable(Employee.class).await();
        Long sales = db.create(Department.class, d -> d.name = "Sales").await().id;
        Long it = db.create(Department.class, d -> d.name = "IT").await().id;
        db.create(Department.class, d -> d.name = "HR").await();
        for (Object[] e : new Object[][] {
            {"Ann", sales, 1200}, {"Ben", sales, 800}, {"Cy", it, 1500}, {"Di", it, 1000}, {"Ed", null, 3000}
        }) {
            db.create(Employee.class, m -> {
                        m.name = (String) e[0];
                        m.deptId = (Long) e[1];
                        m.salary = (Integer) e[2];
                    })
                    .await();
        }
        assertEquals(
                List.of(new DeptEmployee("IT", "Cy"), new DeptEmployee("IT", "Di"), new DeptEmployee("Sales", "Ann")),
                RelationalExamples.richDepartments(db));
    }
}
