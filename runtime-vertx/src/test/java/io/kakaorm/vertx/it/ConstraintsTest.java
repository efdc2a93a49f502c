package io.kakaorm.vertx.it;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.IntegrityException;
import io.kakaorm.IntegrityException.Kind;
import io.kakaorm.ValidationException;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Validation before SQL, constraint violations as IntegrityException, FK actions. */
@ExtendWith(TestDatabases.class)
class ConstraintsTest {

    private static long count(Database db, String table) {
        return await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM " + table));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void tooLongStringAndMissingNotNullAreRejectedBeforeSql(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Author.class));
        Throwable t = awaitFailure(db.create(Author.class, a -> a.name = "x".repeat(51)));
        ValidationException v = assertInstanceOf(ValidationException.class, t);
        assertEquals("name", v.field());
        assertTrue(v.getMessage().contains("Author.name") && v.getMessage().contains("50"), v.getMessage());
        assertEquals(0, count(db, "author"));
        // 50 emoji are 50 characters (100 UTF-16 units): accepted everywhere
        Author ok = await(db.create(Author.class, a -> a.name = "😀".repeat(50)));
        assertEquals("😀".repeat(50), await(db.get(Author.class, ok.id)).name);

        ValidationException n = assertInstanceOf(
                ValidationException.class, awaitFailure(db.create(Author.class, a -> a.email = "no-name@x")));
        assertEquals("name", n.field());
        assertEquals(1, count(db, "author"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void constraintViolationsAreIntegrityExceptionsWithTheDatabasesFacts(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Author.class));
        await(db.createTable(Book.class));
        Author a = await(db.create(Author.class, x -> {
            x.name = "A";
            x.email = "a@x";
        }));
        IntegrityException unique =
                assertInstanceOf(IntegrityException.class, awaitFailure(db.create(Author.class, x -> {
                    x.name = "B";
                    x.email = "a@x";
                })));
        assertEquals(Kind.UNIQUE, unique.kind());
        // the database names the constraint (PG, MariaDB) or the column (SQLite); either mentions email
        assertTrue(unique.constraint() != null && unique.constraint().contains("email"), unique.constraint());
        assertTrue(unique.sqlState().startsWith("23"), unique.sqlState());
        assertTrue(unique.getMessage().contains("UNIQUE constraint violated"), unique.getMessage());
        assertTrue(unique.sql().toUpperCase().contains("INSERT"), unique.sql());

        IntegrityException fk = assertInstanceOf(IntegrityException.class, awaitFailure(db.create(Book.class, b -> {
            b.title = "orphan";
            b.authorId = 999_999L;
        })));
        assertEquals(Kind.FOREIGN_KEY, fk.kind());

        IntegrityException check = assertInstanceOf(IntegrityException.class, awaitFailure(db.create(Book.class, b -> {
            b.title = "empty";
            b.authorId = a.id;
            b.pages = 0;
        })));
        assertEquals(Kind.CHECK, check.kind());
        assertTrue(check.constraint() != null, check.getMessage());

        IntegrityException notNull = assertInstanceOf(
                IntegrityException.class,
                awaitFailure(db.execute("INSERT INTO book (title, author_id) VALUES (?, ?)", null, a.id)));
        assertEquals(Kind.NOT_NULL, notNull.kind());
        assertTrue(notNull.constraint() != null && notNull.constraint().contains("title"), notNull.constraint());
        assertEquals(0, count(db, "book"));
        assertEquals(1, count(db, "author"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void onDeleteCascadeAndSetNull(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Author.class));
        await(db.createTable(Book.class));
        await(db.createTable(Review.class));
        Author a = await(db.create(Author.class, x -> x.name = "A"));
        Book b1 = await(db.create(Book.class, x -> {
            x.title = "one";
            x.authorId = a.id;
        }));
        await(db.create(Book.class, x -> {
            x.title = "two";
            x.authorId = a.id;
        }));
        Review r = await(db.create(Review.class, x -> {
            x.bookId = b1.id;
            x.body = "good";
        }));
        await(b1.delete());
        assertNull(await(db.get(Review.class, r.id)).bookId, "SET NULL");
        assertEquals(1, count(db, "book"));
        await(a.delete());
        assertEquals(0, count(db, "book"), "CASCADE");
        assertEquals(1, count(db, "review"));
    }
}
