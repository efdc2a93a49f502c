package io.kakaorm.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Leveled;
import io.kakaorm.samples.blog.Author;
import io.kakaorm.samples.blog.Post;
import io.kakaorm.samples.readme.Category;
import io.kakaorm.samples.readme.CteExamples;
import io.kakaorm.samples.readme.Department;
import io.kakaorm.samples.readme.Employee;
import io.kakaorm.samples.readme.PostArchive;
import io.kakaorm.samples.readme.RelationalExamples.DeptEmployee;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs the README's CTE examples on every database. */
@ExtendWith(TestDatabases.class)
class CteReadmeTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void cteRichDepartments(TestDb which) {
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
        CteExamples.Rich r = CteExamples.richDepartments(db);
        assertEquals(
                List.of(new DeptEmployee("IT", "Cy"), new DeptEmployee("IT", "Di"), new DeptEmployee("Sales", "Ann")),
                r.earners());
        assertEquals(List.of("IT", "Sales"), r.departments());
        assertTrue(r.sql().startsWith("WITH ") && r.sql().contains("high_earners"), r.sql());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void cteRecursiveSubtree(TestDb which) {
        Database db = TestDatabases.open(which);
        db.createTable(Category.class).await();
        Long books = category(db, "Books", null);
        Long code = category(db, "Programming", books);
        Long java = category(db, "Java", code);
        category(db, "Java Concurrency", java);
        category(db, "Poetry", books);
        category(db, "Music", null);
        List<String> rows = CteExamples.subtree(db, books).stream()
                .map(l -> l.row().name + ":" + l.depth())
                .toList();
        assertEquals(List.of("Books:0", "Programming:1", "Poetry:1", "Java:2", "Java Concurrency:3"), rows);
        List<Leveled<Category>> sub = CteExamples.subtree(db, java);
        assertEquals(2, sub.size());
    }

    private static Long category(Database db, String name, Long parent) {
        return db.create(Category.class, c -> {
                    c.name = name;
                    c.parentId = parent;
                })
                .await()
                .id;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void existsAndWriteSql(TestDb which) {
        Database db = TestDatabases.open(which);
        db.createTable(Author.class).await();
        db.createTable(Post.class).await();
        db.createTable(PostArchive.class).await();
        Long alice = author(db, "Alice");
        Long bob = author(db, "Bob");
        author(db, "Carol");
        post(db, "Hello", true, alice);
        post(db, "Draft", false, bob);
        post(db, "Orphan", true, null);
        CteExamples.Published p = CteExamples.exists(db);
        assertEquals(List.of("Alice"), p.with());
        assertEquals(List.of("Bob", "Carol"), p.without());
        assertEquals(List.of("Alice=true", "Bob=false", "Carol=false"), p.flags());
        assertTrue(p.sql().contains(" IN (SELECT "), p.sql());
        post(db, "Again", false, alice);
        CteExamples.Scalars s = CteExamples.scalar(db);
        assertEquals(
                List.of(
                        new CteExamples.AuthorStats("Alice", 2, 0),
                        new CteExamples.AuthorStats("Bob", 1, 0),
                        new CteExamples.AuthorStats("Carol", 0, null)),
                s.stats());
        assertEquals(List.of("Alice"), s.prolific());
        assertTrue(s.sql().contains("(SELECT COUNT(*) FROM "), s.sql());
        List<String> writes = CteExamples.writeSql(db);
        assertTrue(
                writes.get(0).startsWith("UPDATE ")
                        && writes.get(1).startsWith("DELETE FROM ")
                        && writes.get(2).startsWith("INSERT INTO "),
                writes.toString());
        assertEquals(2L, db.from(Post.class).where(x -> !x.published).count().await(), "nothing ran");
    }

    private static Long author(Database db, String name) {
        return db.create(Author.class, a -> {
                    a.name = name;
                    a.email = name.toLowerCase() + "@example.com";
                })
                .await()
                .id;
    }

    private static void post(Database db, String title, boolean published, Long author) {
        db.create(Post.class, x -> {
                    x.title = title;
                    x.published = published;
                    x.authorId = author;
                })
                .await();
    }
}
