package io.kakaorm.vertx.jsoncolumn;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.QueryTranslationException;
import io.kakaorm.spi.ModelState;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.spi.DatabaseAccess;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JsonObject / JsonArray fields are jsonb on PostgreSQL, JSON on MariaDB and json_valid-checked TEXT on SQLite,
 * and come back equal (nested values, unicode, numbers, JSON nulls) through every way of writing and reading.
 */
@ExtendWith(TestDatabases.class)
class JsonColumnTest {

    /** A document with everything JSON has: nesting, unicode, escapes, numbers of each kind, nulls, empties. */
    static JsonObject document() {
        return new JsonObject()
                .put("text", "héllo \"wörld\" \\ back\nslash\t日本語 😀 \u00e9\u0301")
                .put("int", 42)
                .put("negative", -7)
                .put("zero", 0)
                .put("intMax", Integer.MAX_VALUE)
                .put("long", Long.MAX_VALUE)
                .put("longMin", Long.MIN_VALUE)
                .put("double", 3.25)
                .put("small", -2.5e-7)
                .put("pi", Math.PI)
                .put("yes", true)
                .put("no", false)
                .putNull("nothing")
                .put("empty", new JsonObject())
                .put("none", new JsonArray())
                .put(
                        "nested",
                        new JsonObject()
                                .put(
                                        "deeper",
                                        new JsonObject()
                                                .put(
                                                        "list",
                                                        new JsonArray()
                                                                .add(1)
                                                                .add("two")
                                                                .add(3.5)
                                                                .addNull()
                                                                .add(new JsonObject().put("k", "v")))))
                .put("unicode key ключ", "значение");
    }

    static JsonArray tags() {
        return new JsonArray()
                .add("a")
                .add(1)
                .add(2.5)
                .add(true)
                .addNull()
                .add(new JsonArray().add(new JsonArray()))
                .add(new JsonObject().put("x", "ü"));
    }

    private static JsonDoc doc(String name, JsonObject data, JsonArray tags) {
        JsonDoc d = new JsonDoc();
        d.name = name;
        d.data = data;
        d.tags = tags;
        d.meta = new JsonObject().put("n", name);
        return d;
    }

    private static void assertSameJson(JsonDoc want, JsonDoc got) {
        assertEquals(want.data, got.data, () -> "data: " + got.data);
        assertEquals(want.tags, got.tags, () -> "tags: " + got.tags);
        assertEquals(want.meta, got.meta);
        if (want.data != null) { // number by number: the exact value of each, not only JsonObject.equals
            for (Map.Entry<String, Object> e : want.data) {
                if (e.getValue() instanceof Number n) {
                    Number back = (Number) got.data.getValue(e.getKey());
                    assertEquals(n.toString(), back.toString(), e.getKey());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void saveGetListAndBulkCreate_roundTripEveryJsonValue(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(JsonDoc.class));
        JsonDoc saved = doc("one", document(), tags());
        ModelState.attach(saved, DatabaseAccess.engine(db), false);
        await(saved.save());
        JsonDoc got = await(db.get(JsonDoc.class, saved.id));
        assertSameJson(saved, got);
        assertNotSame(saved.data, got.data);

        JsonDoc empty = await(db.create(JsonDoc.class, d -> d.name = "empty"));
        JsonDoc emptyBack = await(db.get(JsonDoc.class, empty.id));
        assertNull(emptyBack.data);
        assertNull(emptyBack.tags);
        assertEquals(new JsonObject(), emptyBack.meta);

        List<JsonDoc> bulk = List.of(
                doc("b1", document().put("i", 1), new JsonArray()),
                doc("b2", null, tags()),
                doc("b3", new JsonObject(), null));
        await(db.bulkCreate(bulk));
        List<JsonDoc> all = await(db.from(JsonDoc.class).list());
        all.sort(Comparator.comparing(d -> d.id));
        assertEquals(5, all.size());
        assertSameJson(saved, all.get(0));
        for (int i = 0; i < 3; i++) {
            assertSameJson(bulk.get(i), all.get(2 + i));
        }
        List<JsonObject> selected = await(db.from(JsonDoc.class)
                .where(d -> d.name.equals("one"))
                .select(d -> d.data)
                .list());
        assertEquals(List.of(document()), selected);
        List<JsonArray> selectedTags = await(db.from(JsonDoc.class)
                .where(d -> d.name.equals("b2"))
                .select(d -> d.tags)
                .list());
        assertEquals(List.of(tags()), selectedTags);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void inPlaceEditsAndQueryUpdates_areWritten(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(JsonDoc.class));
        JsonDoc d = await(db.create(JsonDoc.class, x -> {
            x.name = "edit";
            x.data = new JsonObject().put("count", 1);
            x.tags = new JsonArray().add("a");
        }));
        JsonDoc listed = await(db.from(JsonDoc.class).list()).get(0);
        assertEquals(List.of(), listed.changedFields(), "a document as read is no change");
        listed.meta.put("seen", true);
        assertEquals(List.of("meta"), listed.changedFields(), "the loaded state does not share the document");
        JsonDoc loaded = await(db.get(JsonDoc.class, d.id));
        loaded.data.put("count", 2).put("added", new JsonObject().put("ß", "ẞ"));
        loaded.tags.add("b");
        assertEquals(List.of("data", "tags"), loaded.changedFields(), "an edit inside the document is a change");
        await(loaded.save());
        JsonDoc back = await(db.get(JsonDoc.class, d.id));
        assertEquals(new JsonObject().put("count", 2).put("added", new JsonObject().put("ß", "ẞ")), back.data);
        assertEquals(new JsonArray().add("a").add("b"), back.tags);

        JsonObject replaced = document();
        int n = await(db.from(JsonDoc.class).where(x -> x.name.equals("edit")).update(x -> x.data, replaced));
        assertEquals(1, n);
        assertEquals(replaced, await(db.get(JsonDoc.class, d.id)).data);
        await(db.from(JsonDoc.class).where(x -> x.data != null).update(x -> x.tags, null));
        assertNull(await(db.get(JsonDoc.class, d.id)).tags);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void nullTestsWork_equalityIsRefusedWithItsReason(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(JsonDoc.class));
        await(db.bulkCreate(List.of(doc("with", document(), tags()), doc("without", null, null))));
        assertEquals(
                List.of("with"),
                await(db.from(JsonDoc.class).where(x -> x.data != null).list()).stream()
                        .map(x -> x.name)
                        .toList());
        assertEquals(1L, await(db.from(JsonDoc.class).where(x -> x.tags == null).count()));

        JsonObject wanted = document();
        QueryTranslationException e = assertThrows(
                QueryTranslationException.class, () -> db.from(JsonDoc.class).where(x -> x.data.equals(wanted)));
        assertTrue(e.getMessage().contains("equals on a JSON column"), e.getMessage());
        assertTrue(e.getMessage().contains("JsonColumnTest.java"), e.getMessage());
        List<JsonArray> some = List.of(tags());
        QueryTranslationException in = assertThrows(
                QueryTranslationException.class, () -> db.from(JsonDoc.class).where(x -> some.contains(x.tags)));
        assertTrue(in.getMessage().contains("JSON column"), in.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void theColumnHoldsOnlyJson(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(JsonDoc.class));
        assertThrows(
                RuntimeException.class,
                () -> await(db.execute("INSERT INTO json_doc (name, data, meta) VALUES ('bad', '{not json', '{}')")));
        await(db.execute(
                "INSERT INTO json_doc (name, data, meta) VALUES ('good', '{\"a\": [1, {\"b\": null}]}', '{}')"));
        JsonDoc good =
                await(db.from(JsonDoc.class).where(x -> x.name.equals("good")).get());
        assertEquals(new JsonObject().put("a", new JsonArray().add(1).add(new JsonObject().putNull("b"))), good.data);
    }
}
