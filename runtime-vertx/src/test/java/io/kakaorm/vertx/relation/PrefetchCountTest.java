package io.kakaorm.vertx.relation;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.observe.StatementEvent;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Counts the statements actually sent, through the Database's statement listener. */
@ExtendWith(TestDatabases.class)
class PrefetchCountTest {

    private static List<StatementEvent> listen(Database db) {
        List<StatementEvent> events = new CopyOnWriteArrayList<>();
        db.addStatementListener(events::add);
        return events;
    }

    private static long queries(List<StatementEvent> events) {
        return events.stream()
                .filter(e -> e.kind() == StatementEvent.Kind.QUERY)
                .count();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void prefetchSendsOnePlusOneQueryPerRelationForAnyNumberOfRows(TestDb which) {
        Database db = PrefetchTest.filled(which);
        List<StatementEvent> events = listen(db);
        for (int n : new int[] {1, 4, 11}) {
            events.clear();
            List<Story> stories = await(db.from(Story.class)
                    .orderBy(s -> s.id)
                    .limit(n)
                    .prefetch(s -> s.writer, s -> s.remarks)
                    .list());
            assertEquals(n, stories.size());
            stories.forEach(s -> s.remarks.get());
            assertEquals(3, events.size(), n + " rows: " + events);

            events.clear();
            List<Story> nested = await(db.from(Story.class)
                    .orderBy(s -> s.id)
                    .limit(n)
                    .prefetchWith(s -> s.writer, q -> q.prefetch(w -> w.country))
                    .prefetchWith(s -> s.remarks, q -> q.where(r -> r.published).orderBy(r -> r.rank))
                    .list());
            nested.forEach(s -> s.remarks.get());
            assertEquals(4, events.size(), n + " rows, nested: " + events);
        }
        events.clear();
        Story one = await(db.from(Story.class)
                .where(s -> s.title.equals("s32"))
                .prefetch(s -> s.writer, s -> s.remarks)
                .get());
        assertEquals("w3", one.writer.get().name);
        assertEquals(3, events.size());

        events.clear();
        await(db.transaction(tx ->
                tx.from(Story.class).prefetch(s -> s.writer, s -> s.remarks).list()));
        assertEquals(3, queries(events), "inside a transaction: " + events);
        assertTrue(events.stream()
                .filter(e -> e.kind() == StatementEvent.Kind.QUERY)
                .allMatch(StatementEvent::inTransaction));

        events.clear();
        List<Story> lazy = await(db.from(Story.class).list());
        for (Story s : lazy) {
            await(s.writer.load());
        }
        assertEquals(1 + lazy.stream().filter(s -> s.writerId != null).count(), events.size(), "lazy loads: N+1");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void prefetchOf70000RowsIsOneQueryWithTheKeysBoundAsOneValue(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Node.class));
        await(db.createTable(Leaf.class));
        int n = 70_000;
        List<Node> nodes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Node x = new Node();
            x.label = i;
            nodes.add(x);
        }
        await(db.bulkCreate(nodes));
        List<Leaf> leaves = new ArrayList<>(n);
        for (Node x : nodes) {
            Leaf l = new Leaf();
            l.nodeId = x.id;
            leaves.add(l);
        }
        await(db.bulkCreate(leaves));

        List<StatementEvent> events = listen(db);
        List<Leaf> loaded = await(db.from(Leaf.class).prefetch(l -> l.node).list());
        assertEquals(2, events.size(), "the rows, then one query for all 70,000 keys: " + events.size());
        assertEquals(1, events.get(1).binds().size(), "the keys as one array/JSON value");
        assertEquals(n, loaded.size());
        for (Leaf l : loaded) {
            assertEquals(l.nodeId, l.node.get().id);
        }
        assertEquals(
                nodes.get(n - 1).label,
                loaded.stream()
                        .filter(l -> l.nodeId.equals(nodes.get(n - 1).id))
                        .findFirst()
                        .orElseThrow()
                        .node
                        .get()
                        .label);
    }
}
