package io.kakaorm.vertx.bulk;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Row;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SQLite's bulkCreate derives the keys from {@code last_insert_rowid()} (consecutive rowids) instead of reading
 * them back: every instance gets the key of its own row, and the one case where SQLite picks random rowids
 * fails instead of setting wrong keys.
 */
@ExtendWith(TestDatabases.class)
class SqliteBulkKeysTest {

    private static List<Tag> tags(String prefix, int n) {
        List<Tag> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Tag t = new Tag();
            t.slug = prefix + i;
            t.hits = i;
            out.add(t);
        }
        return out;
    }

    private static void assertEachKeyIsItsRow(Database db, List<Tag> inserted) {
        Map<Long, String> slugs = new HashMap<>();
        for (Row r : await(db.fetch("SELECT id, slug FROM bulk_tag"))) {
            slugs.put(((Number) r.get("id")).longValue(), (String) r.get("slug"));
        }
        for (Tag t : inserted) {
            assertEquals(t.slug, slugs.get(t.id), "the row of key " + t.id);
        }
    }

    @Test
    void keysMatchTheirRowsAfterDeletionsAndAcrossChunks() {
        Database db = TestDatabases.open(TestDb.SQLITE);
        await(db.createTable(Tag.class));
        List<Tag> first = await(db.bulkCreate(tags("a", 3)));
        await(db.execute("DELETE FROM bulk_tag WHERE id >= ?", first.get(1).id)); // AUTOINCREMENT does not reuse them
        List<Tag> many = await(db.bulkCreate(tags("b", 12_000))); // three INSERTs (bind limit)
        assertEquals(first.get(2).id + 1, many.get(0).id);
        assertEachKeyIsItsRow(db, many);
        assertEquals(12_001L, await(db.from(Tag.class).count()));
    }

    @Test
    void randomRowidsFailAndRollBack() {
        Database db = TestDatabases.open(TestDb.SQLITE);
        // no AUTOINCREMENT, and the largest rowid taken: SQLite picks random rowids from here on
        await(db.execute("CREATE TABLE bulk_tag (id INTEGER PRIMARY KEY, slug VARCHAR(40) NOT NULL UNIQUE,"
                + " hits INTEGER NOT NULL)"));
        await(db.execute("INSERT INTO bulk_tag (id, slug, hits) VALUES (9223372036854775807, 'max', 0)"));
        List<Tag> batch = tags("r", 50);
        Throwable t = awaitFailure(db.bulkCreate(batch));
        assertInstanceOf(IllegalStateException.class, t);
        assertTrue(t.getMessage().contains("consecutive keys"), t.getMessage());
        assertEquals(1L, await(db.from(Tag.class).count()), "rolled back");
        assertNull(batch.get(0).id);
    }
}
