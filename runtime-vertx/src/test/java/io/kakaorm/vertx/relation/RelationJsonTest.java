package io.kakaorm.vertx.relation;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.json.Dump;
import io.kakaorm.json.ModelJson;
import io.kakaorm.relation.RelationNotLoadedException;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.observe.StatementEvent;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** toJson nests the relations it is asked for, from what prefetch loaded, and never queries for them. */
@ExtendWith(TestDatabases.class)
class RelationJsonTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void prefetchedRelationsAreNestedWhenAsked_withoutAQuery(TestDb which) {
        Database db = PrefetchTest.filled(which);
        List<Story> stories = await(db.from(Story.class)
                .orderBy(s -> s.id)
                .prefetchWith(s -> s.writer, q -> q.prefetch(w -> w.country))
                .prefetchWith(s -> s.remarks, q -> q.orderBy(r -> r.id))
                .list());
        List<StatementEvent> events = new CopyOnWriteArrayList<>();
        db.addStatementListener(events::add);

        Story s =
                stories.stream().filter(x -> x.title.equals("s32")).findFirst().orElseThrow();
        JsonObject json = s.toJson(Dump.all().with("writer.country", "remarks").exclude("remarks.storyId"));
        assertEquals("s32", json.getString("title"));
        JsonObject writer = json.getJsonObject("writer");
        assertEquals(s.writer.get().toJson(Dump.all().with("country")), writer);
        assertEquals("w3", writer.getString("name"));
        assertEquals("JP", writer.getJsonObject("country").getString("code"));
        assertFalse(writer.containsKey("stories"), "only the relations asked for");
        JsonArray remarks = json.getJsonArray("remarks");
        assertEquals(s.remarks.get().size(), remarks.size());
        assertEquals(2, remarks.size()); // s32: story 2 of writer 3
        for (int i = 0; i < remarks.size(); i++) {
            JsonObject r = remarks.getJsonObject(i);
            assertEquals(s.remarks.get().get(i).body, r.getString("body"));
            assertFalse(r.containsKey("storyId"), "a dotted exclude reaches into the relation");
            assertTrue(r.containsKey("rank"));
        }

        Story orphan = stories.stream()
                .filter(x -> x.title.equals("orphan"))
                .findFirst()
                .orElseThrow();
        JsonObject o = orphan.toJson(Dump.all().with("writer", "remarks"));
        assertTrue(o.containsKey("writer") && o.getValue("writer") == null, "a loaded null belongsTo is null");
        assertEquals(new JsonArray(), o.getJsonArray("remarks"));
        assertFalse(orphan.toJson(Dump.all().with("writer").excludeNulls()).containsKey("writer"));

        JsonArray all = ModelJson.toJsonArray(stories, Dump.all().with("writer"));
        assertEquals(stories.size(), all.size());
        assertEquals(List.of(), events, "toJson sent no statement");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void anUnloadedRelationIsNeverQueried_andAnUnknownNameIsRefused(TestDb which) {
        Database db = PrefetchTest.filled(which);
        Story s = await(db.from(Story.class)
                .where(x -> x.title.equals("s10"))
                .prefetch(x -> x.writer)
                .get());
        List<StatementEvent> events = new CopyOnWriteArrayList<>();
        db.addStatementListener(events::add);

        RelationNotLoadedException e = assertThrows(
                RelationNotLoadedException.class, () -> s.toJson(Dump.all().with("remarks")));
        assertEquals("remarks", e.relation());
        assertThrows(RelationNotLoadedException.class, () -> s.toJson(Dump.all().with("writer.country")));
        IllegalArgumentException unknown = assertThrows(
                IllegalArgumentException.class, () -> s.toJson(Dump.all().with("author")));
        assertTrue(unknown.getMessage().contains("Story has no relation 'author'"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("[writer, remarks]"), unknown.getMessage());
        assertEquals(List.of(), events, "nothing was queried");

        JsonObject plain = s.toJson();
        assertFalse(plain.containsKey("writer") || plain.containsKey("remarks"), "no relation unless asked");
        await(s.remarks.load());
        assertEquals(1, events.size(), "the explicit load is the one query");
        assertEquals(
                1, s.toJson(Dump.all().with("remarks")).getJsonArray("remarks").size(), "s10 has one remark");
        assertEquals(1, events.size(), "nesting what load() loaded sends nothing more");
    }
}
