package io.kakaorm.vertx.relation;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Exists;
import io.kakaorm.QueryTranslationException;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A relation path inside a one-model lambda is refused with its source line and the Exists spelling; that
 * spelling keeps the row count and treats a null key as "no related row", on every database.
 */
@ExtendWith(TestDatabases.class)
class RelationPathTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void relationPath_refusedWithLineAndExistsSpellingWorks(TestDb testDb) {
        Database db = TestDatabases.open(testDb);
        await(db.createTable(Category.class));
        QueryTranslationException e = assertThrows(QueryTranslationException.class,
                () -> db.from(Category.class).where(c -> c.parent.get().name.startsWith("A")));
        assertTrue(e.getMessage().contains("relation path Category.parent") && e.getMessage().contains("Exists.of")
                && e.getMessage().contains("RelationPathTest.java:"), e.getMessage());
        QueryTranslationException many = assertThrows(QueryTranslationException.class,
                () -> db.from(Category.class).where(c -> c.children.get().isEmpty()));
        assertTrue(many.getMessage().contains("relation path Category.children"), many.getMessage());

        Category a = category(db, "Arts", null);
        Category b = category(db, "Books", null);
        category(db, "Painting", a.uid);
        category(db, "Poetry", b.uid);
        category(db, "Sculpture", a.uid);
        category(db, "Loose", null);
        Exists<Category> underA = Exists.of(Category.class, Category.class,
                (c, parent) -> parent.uid.equals(c.parentUid) && parent.name.startsWith("A"));
        assertEquals(java.util.List.of("Painting", "Sculpture"), await(db.from(Category.class)
                .where(c -> underA.test(c)).orderBy(c -> c.name).list()).stream().map(c -> c.name).toList());
        assertEquals(4L, await(db.from(Category.class).where(c -> !underA.test(c)).count()),
                "the roots (null key) and Poetry");
    }

    private static Category category(Database db, String name, UUID parent) {
        Category c = new Category();
        c.uid = UUID.randomUUID();
        c.name = name;
        c.parentUid = parent;
        await(db.save(c));
        return c;
    }
}
