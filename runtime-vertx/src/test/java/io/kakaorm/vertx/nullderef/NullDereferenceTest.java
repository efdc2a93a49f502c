package io.kakaorm.vertx.nullderef;

import static io.kakaorm.Sql.count;
import static io.kakaorm.Sql.max;
import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kakaorm.Exists;
import io.kakaorm.Filter;
import io.kakaorm.Filter2;
import io.kakaorm.Pair;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rule for rows on which a filter lambda would throw NullPointerException: such a row is selected by
 * neither {@code where} nor {@code exclude}, following Java's left-to-right {@code && || ! ?:}. Each shape
 * runs on every database and its selected ids are compared with the same lambda run in Java over the same
 * objects (read back): single-table filters, filters over a left join's missing side, a correlated Exists
 * whose condition dereferences the related row, and having over an aggregate that may be NULL.
 */
@ExtendWith(TestDatabases.class)
class NullDereferenceTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 1);

    private static List<NdItem> items() {
        return List.of(
                NdItem.of(1, 5, 10L, 1.5, true, DAY, "abc", "Abc"),
                NdItem.of(2, null, null, null, null, null, "", null),
                NdItem.of(3, 0, -1L, -2.0, false, DAY.minusDays(3), "  x ", "  x "),
                NdItem.of(4, -7, null, 0.0, null, DAY.plusDays(9), "Abc", ""),
                NdItem.of(5, null, 3L, null, true, null, "zz", "zz"),
                NdItem.of(6, 2, 2L, 2.5, false, DAY, "abc", null),
                NdItem.of(7, 1, null, null, true, DAY.plusYears(1), "q", "a"));
    }

    /** The single-table shapes: each with its name, written once for Java and the query. */
    private static Map<String, Filter<NdItem>> shapes(Map<String, Integer> map, Integer nullInt, String nullString) {
        Map<String, Filter<NdItem>> m = new LinkedHashMap<>();
        m.put("unbox >", i -> i.ni > 1);
        m.put("!(unbox >)", i -> !(i.ni > 1));
        m.put("unbox ==", i -> i.ni == 5);
        m.put("unbox !=", i -> i.ni != 5);
        m.put("null test && unbox", i -> i.ni != null && i.ni > 0);
        m.put("null test || unbox", i -> i.ni == null || i.ni > 0);
        m.put("!(null test && unbox)", i -> !(i.ni != null && i.ni > 0));
        m.put("unbox || column", i -> i.ni > 0 || i.n > 5);
        m.put("column || unbox", i -> i.n > 5 || i.ni > 0);
        m.put("unbox || true", i -> i.ni > 100 || true);
        m.put("unbox && false", i -> i.ni > 100 && false);
        m.put("long and double", i -> i.nl * 2 > i.nd);
        m.put("Boolean unboxed", i -> i.nb);
        m.put("!Boolean unboxed", i -> !i.nb);
        m.put("String method", i -> i.ns.startsWith("A"));
        m.put("!String method", i -> !i.ns.startsWith("A"));
        m.put("trim length", i -> i.ns.trim().length() > 0);
        m.put("equals on nullable", i -> i.ns.equals("zz"));
        m.put("!equals on nullable", i -> !i.ns.equals("zz"));
        m.put("equals of a nullable argument", i -> i.s.equals(i.ns));
        m.put("Objects.equals of trim and null", i -> Objects.equals(i.ns.trim(), null));
        m.put("Objects.equals (no dereference)", i -> !Objects.equals(i.ns, "zz"));
        m.put("isEmpty", i -> i.ns.isEmpty());
        m.put("startsWith a nullable argument", i -> i.s.startsWith(i.ns));
        m.put("compareTo a nullable argument", i -> i.s.compareTo(i.ns) >= 0);
        m.put("date method", i -> i.nday.isAfter(DAY));
        m.put("!date method", i -> !i.nday.isAfter(DAY));
        m.put("date argument", i -> DAY.isBefore(i.nday));
        m.put("ternary condition dereferences", i -> i.ni > 0 ? i.n > 2 : i.n < 5);
        m.put("ternary c ? x : x", i -> i.ni > 0 ? i.n > 2 : i.n > 2);
        m.put("ternary branch dereferences", i -> i.n > 3 ? i.ns.length() > 1 : i.s.length() > 1);
        m.put("value ternary", i -> (i.n > 3 ? i.ni : 0) >= 0);
        m.put("map get <", i -> map.get(i.s) < 2);
        m.put("!(map get <)", i -> !(map.get(i.s) < 2));
        m.put("map getOrDefault", i -> !(map.getOrDefault(i.s, 0) > 1));
        m.put("null capture unboxed", i -> i.n > nullInt);
        m.put("!(null capture unboxed)", i -> !(i.n > nullInt));
        m.put("null capture guarded", i -> nullInt == null || i.n > nullInt);
        m.put("null String capture as argument", i -> !i.s.startsWith(nullString));
        m.put("List.of contains null", i -> !List.of(1, 5).contains(i.ni));
        m.put("ArrayList contains null", i -> !new ArrayList<>(Arrays.asList(1, 5)).contains(i.ni));
        m.put(
                "requireNonNullElse of two nullables",
                i -> Objects.requireNonNullElse(i.ns, nullString).isEmpty() || i.n == 2);
        m.put("requireNonNullElse compared", i -> Objects.equals(Objects.requireNonNullElse(i.ni, nullInt), 5));
        m.put("!requireNonNullElse of two nullables", i -> !"zz".equals(Objects.requireNonNullElse(i.ns, nullString)));
        m.put("deep mix", i -> !(i.n > 2 && (i.ns.length() > 1 || i.ni < 3)) || i.nb);
        return m;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void filtersSelectNoRowWhereJavaThrows(TestDb testDb) {
        Database db = TestDatabases.open(testDb);
        await(db.createTable(NdItem.class));
        for (NdItem i : items()) {
            await(db.save(i));
        }
        List<NdItem> rows = await(db.from(NdItem.class).orderBy(i -> i.id).list());
        Map<String, Integer> map = new HashMap<>(Map.of("abc", 1, "Abc", 3));
        map.put("zz", null);
        List<String> mismatches = new ArrayList<>();
        int npeRows = 0;
        Map<String, Filter<NdItem>> shapes = shapes(map, null, null);
        for (Map.Entry<String, Filter<NdItem>> e : shapes.entrySet()) {
            Filter<NdItem> f = e.getValue();
            TreeSet<Long> whereJava = new TreeSet<>();
            TreeSet<Long> excludeJava = new TreeSet<>();
            for (NdItem i : rows) {
                try {
                    (f.test(i) ? whereJava : excludeJava).add(i.id);
                } catch (NullPointerException npe) {
                    npeRows++;
                }
            }
            TreeSet<Long> where = new TreeSet<>(
                    await(db.from(NdItem.class).where(f).select(i -> i.id).list()));
            TreeSet<Long> exclude = new TreeSet<>(
                    await(db.from(NdItem.class).exclude(f).select(i -> i.id).list()));
            if (!where.equals(whereJava) || !exclude.equals(excludeJava)) {
                mismatches.add(e.getKey() + ": where " + where + " (Java " + whereJava + "), exclude " + exclude
                        + " (Java " + excludeJava + ")\n    "
                        + db.from(NdItem.class).where(f).toSql() + "\n    "
                        + db.from(NdItem.class).exclude(f).toSql());
            }
        }
        System.out.printf(
                "NullDereferenceTest[%s]: %d shapes, %d rows where Java throws%n", testDb, shapes.size(), npeRows);
        assertTrue(shapes.size() >= 30 && npeRows > 50, "shapes " + shapes.size() + ", NPE rows " + npeRows);
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " shapes differ from Java on " + testDb + ":\n" + String.join("\n", mismatches));
        }
    }

    private static List<NdTag> tags(List<NdItem> items) {
        return List.of(
                NdTag.of(items.get(0).id, "red", 3),
                NdTag.of(items.get(0).id, null, null),
                NdTag.of(items.get(2).id, "blue", null),
                NdTag.of(items.get(3).id, null, 7),
                NdTag.of(items.get(4).id, "red", 1),
                NdTag.of(null, "loose", 2));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void joinsExistsAndHavingSelectNoRowWhereJavaThrows(TestDb testDb) {
        Database db = TestDatabases.open(testDb);
        await(db.createTable(NdItem.class));
        await(db.createTable(NdTag.class));
        for (NdItem i : items()) {
            await(db.save(i));
        }
        List<NdItem> items = await(db.from(NdItem.class).orderBy(i -> i.id).list());
        for (NdTag t : tags(items)) {
            await(db.save(t));
        }
        List<NdTag> tags = await(db.from(NdTag.class).orderBy(t -> t.id).list());
        List<String> mismatches = new ArrayList<>();

        // a left join: the missing side is null in Java, so reading its fields throws there
        Map<String, Filter2<NdItem, NdTag>> joined = new LinkedHashMap<>();
        joined.put("missing side's field", (i, t) -> t.weight > 2);
        joined.put("!(missing side's field)", (i, t) -> !(t.weight > 2));
        joined.put("missing side's NOT NULL key", (i, t) -> !t.id.equals(0L));
        joined.put("null test of the missing side", (i, t) -> t == null || t.label.startsWith("r"));
        joined.put("!(field of the missing side)", (i, t) -> !(t.label == null));
        joined.put("left row || missing side", (i, t) -> i.n > 5 || t.label.length() > 3);
        joined.put("ternary over the missing side", (i, t) -> i.n > 3 ? t.weight != null : i.ni > 1);
        List<Pair<NdItem, NdTag>> pairs = new ArrayList<>();
        for (NdItem i : items) {
            boolean any = false;
            for (NdTag t : tags) {
                if (i.id.equals(t.itemId)) {
                    pairs.add(new Pair<>(i, t));
                    any = true;
                }
            }
            if (!any) {
                pairs.add(new Pair<>(i, null));
            }
        }
        int npeRows = 0;
        for (Map.Entry<String, Filter2<NdItem, NdTag>> e : joined.entrySet()) {
            Filter2<NdItem, NdTag> f = e.getValue();
            TreeSet<String> whereJava = new TreeSet<>();
            TreeSet<String> excludeJava = new TreeSet<>();
            for (Pair<NdItem, NdTag> p : pairs) {
                try {
                    (f.test(p.first(), p.second()) ? whereJava : excludeJava).add(key(p));
                } catch (NullPointerException npe) {
                    npeRows++;
                }
            }
            TreeSet<String> where = keys(await(db.from(NdItem.class)
                    .leftJoin(NdTag.class, (i, t) -> i.id.equals(t.itemId))
                    .where(f)
                    .list()));
            TreeSet<String> exclude = keys(await(db.from(NdItem.class)
                    .leftJoin(NdTag.class, (i, t) -> i.id.equals(t.itemId))
                    .exclude(f)
                    .list()));
            if (!where.equals(whereJava) || !exclude.equals(excludeJava)) {
                mismatches.add("join " + e.getKey() + ": where " + where + " (Java " + whereJava + "), exclude "
                        + exclude + " (Java " + excludeJava + ")");
            }
        }

        // a correlated Exists: a related row on which the condition throws is no match
        Map<String, Filter2<NdItem, NdTag>> related = new LinkedHashMap<>();
        related.put("exists: unboxed weight", (i, t) -> i.id.equals(t.itemId) && t.weight > 2);
        related.put("exists: !(unboxed weight)", (i, t) -> i.id.equals(t.itemId) && !(t.weight > 2));
        related.put("exists: label method", (i, t) -> i.id.equals(t.itemId) && !t.label.startsWith("r"));
        related.put("exists: outer row's nullable", (i, t) -> i.id.equals(t.itemId) && i.ns.length() > t.weight);
        for (Map.Entry<String, Filter2<NdItem, NdTag>> e : related.entrySet()) {
            Filter2<NdItem, NdTag> f = e.getValue();
            Exists<NdItem> exists = Exists.of(NdItem.class, NdTag.class, f);
            TreeSet<Long> java = new TreeSet<>();
            TreeSet<Long> javaNot = new TreeSet<>();
            for (NdItem i : items) {
                boolean any = tags.stream().anyMatch(safely(t -> f.test(i, t)));
                (any ? java : javaNot).add(i.id);
            }
            TreeSet<Long> got = new TreeSet<>(await(db.from(NdItem.class)
                    .where(i -> exists.test(i))
                    .select(i -> i.id)
                    .list()));
            TreeSet<Long> gotNot = new TreeSet<>(await(db.from(NdItem.class)
                    .where(i -> !exists.test(i))
                    .select(i -> i.id)
                    .list()));
            if (!got.equals(java) || !gotNot.equals(javaNot)) {
                mismatches.add(
                        e.getKey() + ": " + got + " (Java " + java + "), not " + gotNot + " (Java " + javaNot + ")");
            }
        }

        // having over an aggregate that is NULL for a group (max of no weight): unboxing it throws
        Map<String, Filter<NdTag>> having = new LinkedHashMap<>();
        having.put("having max >", t -> max(t.weight) > 2);
        having.put("having !(max >)", t -> !(max(t.weight) > 2));
        having.put("having count || max", t -> count() > 1 || max(t.weight) < 3);
        Map<Long, List<NdTag>> groups = new LinkedHashMap<>();
        for (NdTag t : tags) {
            if (t.itemId != null) {
                groups.computeIfAbsent(t.itemId, k -> new ArrayList<>()).add(t);
            }
        }
        List<Predicate<List<NdTag>>> javaHaving =
                List.of(g -> maxWeight(g) > 2, g -> !(maxWeight(g) > 2), g -> g.size() > 1 || maxWeight(g) < 3);
        int k = 0;
        for (Map.Entry<String, Filter<NdTag>> e : having.entrySet()) {
            Predicate<List<NdTag>> java = javaHaving.get(k++);
            TreeSet<Long> expected = new TreeSet<>();
            for (Map.Entry<Long, List<NdTag>> g : groups.entrySet()) {
                try {
                    if (java.test(g.getValue())) {
                        expected.add(g.getKey());
                    }
                } catch (NullPointerException npe) {
                    npeRows++;
                }
            }
            TreeSet<Long> got = new TreeSet<>(await(db.from(NdTag.class)
                    .where(t -> t.itemId != null)
                    .groupBy(t -> t.itemId)
                    .having(e.getValue())
                    .select(t -> t.itemId)
                    .list()));
            if (!got.equals(expected)) {
                mismatches.add(e.getKey() + ": " + got + " (Java " + expected + ")");
            }
        }
        System.out.printf(
                "NullDereferenceTest[%s]: %d join, %d exists, %d having shapes, %d rows or groups where Java throws%n",
                testDb, joined.size(), related.size(), having.size(), npeRows);
        assertTrue(npeRows > 10, "NPE rows " + npeRows);
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " shapes differ from Java on " + testDb + ":\n" + String.join("\n", mismatches));
        }
    }

    /** Java's max of a group's weights, null when none is set (as SQL's MAX). */
    private static Integer maxWeight(List<NdTag> group) {
        return group.stream()
                .map(t -> t.weight)
                .filter(Objects::nonNull)
                .max(Integer::compare)
                .orElse(null);
    }

    private static Predicate<NdTag> safely(Predicate<NdTag> p) {
        return t -> {
            try {
                return p.test(t);
            } catch (NullPointerException e) {
                return false; // the condition throws on this related row: it is no match
            }
        };
    }

    private static String key(Pair<NdItem, NdTag> p) {
        return p.first().id + ":" + (p.second() == null ? "-" : p.second().id);
    }

    private static TreeSet<String> keys(List<Pair<NdItem, NdTag>> pairs) {
        TreeSet<String> out = new TreeSet<>();
        for (Pair<NdItem, NdTag> p : pairs) {
            out.add(key(p));
        }
        return out;
    }
}
