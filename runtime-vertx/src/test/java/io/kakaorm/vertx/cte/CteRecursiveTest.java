package io.kakaorm.vertx.cte;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Cte;
import io.kakaorm.Leveled;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Recursive named subqueries over a category tree (any depth, a second tree, a cycle), compared with Java. */
@ExtendWith(TestDatabases.class)
class CteRecursiveTest {
    private static final class Tree {
        final Database db;
        final Map<String, CCategory> byName = new LinkedHashMap<>();

        Tree(TestDb testDb) {
            db = TestDatabases.open(testDb);
            await(db.createTable(CCategory.class));
            String[][] spec = {
                {"root", null},
                {"a", "root"},
                {"b", "root"},
                {"a1", "a"},
                {"a2", "a"},
                {"a1x", "a1"},
                {"a1x9", "a1x"},
                {"a1x9z", "a1x9"},
                {"b1", "b"},
                {"other", null},
                {"o1", "other"},
                {"c1", null},
                {"c2", "c1"}
            };
            for (String[] s : spec) {
                CCategory c = CCategory.of(s[0], s[1] == null ? null : byName.get(s[1]).id);
                await(db.save(c));
                byName.put(s[0], c);
            }
            CCategory c1 = byName.get("c1"); // a cycle: c1 → c2 → c1
            c1.parentId = byName.get("c2").id;
            await(db.save(c1));
        }

        /** Java's breadth-first descendants of {@code root} (itself at depth 0), as "name:depth". */
        List<String> descendants(String root) {
            Map<CCategory, Integer> depth = new LinkedHashMap<>();
            Deque<CCategory> queue = new ArrayDeque<>();
            depth.put(byName.get(root), 0);
            queue.add(byName.get(root));
            while (!queue.isEmpty()) {
                CCategory p = queue.poll();
                for (CCategory c : byName.values()) {
                    if (Objects.equals(c.parentId, p.id) && !depth.containsKey(c)) {
                        depth.put(c, depth.get(p) + 1);
                        queue.add(c);
                    }
                }
            }
            List<Map.Entry<CCategory, Integer>> e = new ArrayList<>(depth.entrySet());
            e.sort(Map.Entry.<CCategory, Integer>comparingByValue().thenComparing(x -> x.getKey().id));
            return e.stream().map(x -> x.getKey().name + ":" + x.getValue()).toList();
        }
    }

    private static List<String> levels(List<Leveled<CCategory>> rows) {
        return rows.stream().map(l -> l.row().name + ":" + l.depth()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void cteRecursive_descendantsToAnyDepthWithDepth(TestDb testDb) {
        Tree t = new Tree(testDb);
        long rootId = t.byName.get("root").id;
        Cte<CCategory> tree = Cte.withRecursive(
                "tree",
                t.db.from(CCategory.class).where(c -> c.id == rootId),
                (c, parent) -> c.parentId.equals(parent.id));
        List<String> expected = t.descendants("root");
        assertEquals(List.of("root:0", "a:1", "b:1", "a1:2", "a2:2", "b1:2", "a1x:3", "a1x9:4", "a1x9z:5"), expected);
        assertEquals(expected, levels(await(tree.leveled())));
        // the rows as a query: filtered, ordered, counted
        assertEquals(9L, await(tree.query().count()));
        assertEquals(
                List.of("a", "a1", "a1x", "a1x9", "a1x9z", "a2"),
                await(tree.query()
                                .where(c -> c.name.startsWith("a"))
                                .orderBy(c -> c.name)
                                .list())
                        .stream()
                        .map(c -> c.name)
                        .toList());
        String sql = tree.query().toSql();
        assertTrue(sql.startsWith("WITH RECURSIVE ") && sql.contains(" UNION ") && sql.contains(" JOIN "), sql);
        // from an inner node, and from several anchors
        assertEquals(
                t.descendants("a1"),
                levels(await(Cte.withRecursive(
                                "sub",
                                t.db.from(CCategory.class).where(c -> c.name.equals("a1")),
                                (c, p) -> c.parentId.equals(p.id))
                        .leveled())));
        Cte<CCategory> roots = Cte.withRecursive(
                "everything",
                t.db.from(CCategory.class).where(c -> c.parentId == null),
                (c, p) -> c.parentId.equals(p.id));
        assertEquals(11L, await(roots.query().count()), "the two trees, not the cycle (it has no root)");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void cteRecursive_ancestorsCyclesAndCapturedValues(TestDb testDb) {
        Tree t = new Tree(testDb);
        // ancestors: the step goes from a child to its parent
        Cte<CCategory> up = Cte.withRecursive(
                "up",
                t.db.from(CCategory.class).where(c -> c.name.equals("a1x9z")),
                (c, child) -> c.id.equals(child.parentId));
        assertEquals(List.of("a1x9z:0", "a1x9:1", "a1x:2", "a1:3", "a:4", "root:5"), levels(await(up.leveled())));
        // a cycle ends: each row is found once
        Cte<CCategory> cycle = Cte.withRecursive(
                "cyc", t.db.from(CCategory.class).where(c -> c.name.equals("c1")), (c, p) -> c.parentId.equals(p.id));
        assertEquals(List.of("c1:0", "c2:1"), levels(await(cycle.leveled())));
        // a captured value in the step prunes a subtree (and its descendants)
        long pruned = t.byName.get("a1").id;
        Cte<CCategory> pruning = Cte.withRecursive(
                "pruned",
                t.db.from(CCategory.class).where(c -> c.name.equals("root")),
                (c, p) -> c.parentId.equals(p.id) && c.id != pruned);
        assertEquals(List.of("root:0", "a:1", "b:1", "a2:2", "b1:2"), levels(await(pruning.leveled())));
        // the tree joined back to a table: each descendant with its parent's name
        Cte<CCategory> tree = Cte.withRecursive(
                "tree", t.db.from(CCategory.class).where(c -> c.name.equals("a")), (c, p) -> c.parentId.equals(p.id));
        List<String> withParents = await(t.db.from(CCategory.class)
                .join(tree, (parent, c) -> c.parentId.equals(parent.id))
                .orderBy((parent, c) -> c.name)
                .select((parent, c) -> c.name + "<" + parent.name)
                .list());
        assertEquals(List.of("a<root", "a1<a", "a1x<a1", "a1x9<a1x", "a1x9z<a1x9", "a2<a"), withParents);
    }
}
