package io.kakaorm.vertx.it;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.DatabaseException;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** DDL created on the real database and read back from its catalogue. */
@ExtendWith(TestDatabases.class)
class DdlTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void columnsNotNullDefaultsAndPrimaryKey(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Product.class));
        Map<String, Catalogue.Col> cols = Catalogue.columns(db, which, "product");
        assertEquals(List.of("category", "id", "name", "price", "stock"), List.copyOf(cols.keySet()));
        assertEquals(List.of("id"), Catalogue.primaryKey(db, which, "product"));
        assertTrue(
                cols.get("name").notNull()
                        && cols.get("category").notNull()
                        && cols.get("price").notNull(),
                cols.toString());
        assertTrue(cols.get("id").notNull(), "primary key is NOT NULL");
        assertTrue(cols.get("name").type().contains("char"), cols.get("name").toString());
        if (which != TestDb.SQLITE) {
            assertEquals(100, cols.get("name").maxLength(), cols.get("name").toString());
        } else {
            assertTrue(cols.get("name").type().contains("100"), cols.get("name").toString());
        }
        assertNotNull(cols.get("stock").defaultValue(), "stock has DEFAULT 7");
        assertTrue(
                cols.get("stock").defaultValue().contains("7"),
                cols.get("stock").toString());

        Map<String, Catalogue.Col> books = Catalogue.columns(db, which, "book");
        assertTrue(books.isEmpty(), "no table book yet");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void compositeAndSingleIndexesAndUnique(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Product.class));
        await(db.createTable(Author.class));
        List<Catalogue.Idx> product =
                List.copyOf(Catalogue.indexes(db, which, "product").values());
        assertTrue(product.contains(new Catalogue.Idx(List.of("category", "price"), false)), product.toString());
        assertTrue(product.contains(new Catalogue.Idx(List.of("name"), false)), product.toString());
        List<Catalogue.Idx> author =
                List.copyOf(Catalogue.indexes(db, which, "author").values());
        assertTrue(author.contains(new Catalogue.Idx(List.of("email"), true)), author.toString());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void foreignKeysWithTheirOnDeleteRule(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Author.class));
        await(db.createTable(Book.class));
        await(db.createTable(Review.class));
        assertEquals(
                Map.of("author_id", new Catalogue.Fk("author", "CASCADE")), Catalogue.foreignKeys(db, which, "book"));
        assertEquals(
                Map.of("book_id", new Catalogue.Fk("book", "SET NULL")), Catalogue.foreignKeys(db, which, "review"));
        assertFalse(Catalogue.columns(db, which, "book").get("author_id").notNull());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void ifNotExistsAndIfExistsVariants(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Author.class));
        await(db.createTableIfNotExists(Author.class));
        assertInstanceOf(DatabaseException.class, awaitFailure(db.createTable(Author.class)));
        await(db.dropTable(Author.class));
        assertTrue(Catalogue.columns(db, which, "author").isEmpty());
        await(db.dropTableIfExists(Author.class));
        assertInstanceOf(DatabaseException.class, awaitFailure(db.dropTable(Author.class)));
        await(db.createTableIfNotExists(Author.class));
        assertEquals(3, Catalogue.columns(db, which, "author").size());
    }
}
