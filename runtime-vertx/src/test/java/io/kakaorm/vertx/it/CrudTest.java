package io.kakaorm.vertx.it;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.NotFoundException;
import io.kakaorm.spi.DefaultEngine;
import io.kakaorm.spi.ModelState;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.spi.DatabaseAccess;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(TestDatabases.class)
class CrudTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void saveInsertsSetsGeneratedKeyThenUpdatesByPrimaryKey(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Author.class));
        Author a = new Author();
        a.name = "Ann";
        ModelState.attach(a, DatabaseAccess.engine(db), false);
        assertSame(a, await(a.save()));
        assertNotNull(a.id);
        assertTrue(a.isPersisted());
        Author b = await(db.create(Author.class, x -> x.name = "Bob"));
        assertTrue(b.id > a.id, "keys grow: " + a.id + " then " + b.id);

        a.name = "Anna";
        await(a.save());
        assertEquals(2L, await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM author")));
        assertEquals("Anna", await(db.get(Author.class, a.id)).name);
        assertEquals("Bob", await(db.get(Author.class, b.id)).name);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void explicitKeyOnAutoIncrementModelIsInserted(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Author.class));
        Author a = await(db.create(Author.class, x -> {
            x.id = 1000L;
            x.name = "Explicit";
        }));
        assertEquals(1000L, a.id);
        assertEquals("Explicit", await(db.get(Author.class, 1000L)).name);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void getFailsNamingModelAndKeyAndGetOrNoneGivesNull(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Author.class));
        Throwable t = awaitFailure(db.get(Author.class, 42L));
        assertInstanceOf(NotFoundException.class, t);
        assertTrue(t.getMessage().contains("Author") && t.getMessage().contains("42"), t.getMessage());
        assertNull(await(db.getOrNone(Author.class, 42L)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void deleteRefreshAllFirstLast(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Author.class));
        assertNull(await(db.first(Author.class)));
        assertNull(await(db.last(Author.class)));
        for (String n : List.of("c", "a", "b")) {
            await(db.create(Author.class, x -> x.name = n));
        }
        List<Author> all = await(db.all(Author.class));
        assertEquals(List.of("c", "a", "b"), all.stream().map(x -> x.name).toList());
        assertEquals("c", await(db.first(Author.class)).name);
        assertEquals("b", await(db.last(Author.class)).name);

        Author a = all.get(1);
        await(db.execute("UPDATE author SET name = ? WHERE id = ?", "a2", a.id));
        assertEquals("a", a.name);
        await(a.refresh());
        assertEquals("a2", a.name);

        await(a.delete());
        assertFalse(a.isPersisted());
        assertEquals(2, await(db.all(Author.class)).size());
        assertInstanceOf(NotFoundException.class, awaitFailure(a.refresh()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void customStringPrimaryKeyLikeTheSeedsCountry(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Country.class));
        Country jp = await(db.create(Country.class, c -> {
            c.code = "JP";
            c.name = "Japan";
        }));
        jp.name = "Japan (updated)";
        await(jp.save());
        assertEquals(1L, await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM country")));
        Country back = await(db.get(Country.class, "JP"));
        assertEquals("Japan (updated)", back.name);
        Throwable t = awaitFailure(db.get(Country.class, "US"));
        assertTrue(t.getMessage().contains("Country") && t.getMessage().contains("'US'"), t.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void toMapAndDefaultDatabase(TestDb which) {
        Database db = TestDatabases.open(which).makeDefault();
        try {
            await(db.createTable(Product.class));
            Product p = new Product(); // no database: uses the default
            p.name = "Pen";
            p.category = "office";
            p.price = 3;
            await(p.save());
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("id", p.id);
            expected.put("name", "Pen");
            expected.put("category", "office");
            expected.put("price", 3);
            expected.put("stock", 7);
            assertEquals(expected, await(db.get(Product.class, p.id)).toMap());
        } finally {
            DefaultEngine.clearIf(DatabaseAccess.engine(db));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void autoNowAddAndAutoNowAreFilled(TestDb which) throws Exception {
        Database db = TestDatabases.open(which);
        await(db.createTable(Article.class));
        Article a = await(db.create(Article.class, x -> x.title = "t"));
        assertNotNull(a.createdAt);
        assertNotNull(a.updatedAt);
        assertEquals(0, a.createdAt.getNano() % 1000, "truncated to microseconds");
        Article back = await(db.get(Article.class, a.id));
        assertTrue(back.createdAt.isEqual(a.createdAt), back.createdAt + " vs " + a.createdAt);
        assertEquals(a.updatedAt, back.updatedAt);
        var created = a.createdAt;
        var updated = a.updatedAt;
        Thread.sleep(5);
        back.title = "t2"; // an unchanged instance is not written (dirty tracking)
        await(back.save());
        assertTrue(back.createdAt.isEqual(created));
        assertTrue(back.updatedAt.isAfter(updated), back.updatedAt + " after " + updated);
    }
}
