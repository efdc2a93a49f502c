package io.kakaorm.migration;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Row;
import io.kakaorm.migration.models.rebuild.Children;
import io.kakaorm.migration.models.rebuild.Group;
import io.kakaorm.migration.models.rebuild.Parent;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Up and down of every change SQLite plans as a table rebuild, with CASCADE, SET NULL and RESTRICT children
 * holding rows, through {@link MigrationPlan#applyDown()} and through migration files
 * ({@link VersionedMigrator#downgrade}), on every database: every row of every table is the same before the
 * up and after the down (and after the up, but for the changed column).
 */
@ExtendWith(TestDatabases.class)
class RebuildRoundTripIT {
    private static final List<String> TABLES =
            List.of("kkrb_group", "kkrb_parent", "kkrb_child_cascade", "kkrb_child_setnull", "kkrb_child_restrict");

    @TempDir
    Path dir;

    /**
     * One change: the model list after it, whether it needs drops, the parent column whose values it loses
     * (only a dropped column's), and whether the restricting child holds rows (without them, a DROP TABLE of
     * the parent under enforcement would silently cascade instead of failing).
     */
    record Kind(String name, List<Class<?>> after, boolean drops, String lostColumn, boolean restrictRows) {
        Kind(String name, List<Class<?>> after, boolean drops, String lostColumn) {
            this(name, after, drops, lostColumn, true);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static List<Class<?>> base() {
        return List.of(
                Group.class,
                Parent.Base.class,
                Children.Cascade.class,
                Children.SetNull.class,
                Children.Restrict.class);
    }

    private static List<Class<?>> withParent(Class<?> parent) {
        return List.of(Group.class, parent, Children.Cascade.class, Children.SetNull.class, Children.Restrict.class);
    }

    static List<Kind> kinds() {
        return List.of(
                new Kind("type", withParent(Parent.TypeChanged.class), false, null),
                new Kind("type-no-restricting-rows", withParent(Parent.TypeChanged.class), false, null, false),
                new Kind("nullable", withParent(Parent.NullableRelaxed.class), false, null),
                new Kind("not-null", withParent(Parent.NullableTightened.class), false, null),
                new Kind("default", withParent(Parent.DefaultAdded.class), false, null),
                new Kind("drop-column", withParent(Parent.ColumnDropped.class), true, "extra"),
                new Kind("drop-unique", withParent(Parent.UniqueDropped.class), false, null),
                new Kind("add-unique", withParent(Parent.UniqueAdded.class), false, null),
                new Kind("change-check", withParent(Parent.CheckChanged.class), false, null),
                new Kind("drop-check", withParent(Parent.CheckDropped.class), false, null),
                new Kind("add-foreign-key", withParent(Parent.ForeignKeyAdded.class), false, null),
                new Kind(
                        "child-on-delete",
                        List.of(
                                Group.class,
                                Parent.Base.class,
                                Children.CascadeNowRestrict.class,
                                Children.SetNull.class,
                                Children.Restrict.class),
                        false,
                        null));
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (TestDb db : TestDb.values()) {
            for (Kind k : kinds()) {
                out.add(Arguments.of(db, k));
            }
        }
        return out.stream();
    }

    private static void rows(Database db, boolean restrictRows) {
        await(db.execute("INSERT INTO kkrb_group (id, title) VALUES (1, 'g1'), (2, 'g2')"));
        for (int p = 1; p <= 3; p++) {
            await(db.execute(
                    "INSERT INTO kkrb_parent (id, name, note, code, score, extra) VALUES (?, ?, ?, ?, ?, ?)",
                    p,
                    "parent " + p,
                    "note " + p,
                    "c" + p,
                    p * 10,
                    "x" + p));
            for (int c = 1; c <= 2; c++) {
                int id = p * 10 + c;
                await(db.execute(
                        "INSERT INTO kkrb_child_cascade (id, parent_id, label) VALUES (?, ?, ?)", id, p, "cc" + id));
                await(db.execute(
                        "INSERT INTO kkrb_child_setnull (id, parent_id, label) VALUES (?, ?, ?)", id, p, "cs" + id));
            }
            if (restrictRows) {
                await(db.execute(
                        "INSERT INTO kkrb_child_restrict (id, parent_id, label) VALUES (?, ?, ?)", p, p, "cr" + p));
            }
        }
    }

    /** Every row of every table, as column → text, by id; {@code phase} keeps PostgreSQL's statement cache apart. */
    private static Map<String, List<Map<String, String>>> contents(Database db, String phase) {
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        for (String t : TABLES) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (Row r : await(db.fetch("SELECT * FROM " + t + " /* " + phase + " */ ORDER BY id"))) {
                Map<String, String> m = new TreeMap<>();
                r.forEach((k, v) -> m.put(k.toLowerCase(Locale.ROOT), v == null ? null : String.valueOf(v)));
                rows.add(m);
            }
            out.put(t, rows);
        }
        return out;
    }

    /** {@code c} restricted to the columns {@code shape} has, without {@code lost}. */
    private static Map<String, List<Map<String, String>>> project(
            Map<String, List<Map<String, String>>> c, Map<String, List<Map<String, String>>> shape, String lost) {
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        c.forEach((t, rows) -> {
            Set<String> keep =
                    shape.get(t).isEmpty() ? Set.of() : shape.get(t).get(0).keySet();
            List<Map<String, String>> pr = new ArrayList<>();
            for (Map<String, String> r : rows) {
                Map<String, String> m = new TreeMap<>();
                r.forEach((k, v) -> {
                    if (keep.contains(k) && !k.equals(lost)) {
                        m.put(k, v);
                    }
                });
                pr.add(m);
            }
            out.put(t, pr);
        });
        return out;
    }

    private static void assertForeignKeysEnforced(TestDb which, Database db) {
        if (which == TestDb.SQLITE) {
            assertEquals(
                    1L,
                    ((Number) await(db.fetchValue("PRAGMA foreign_keys"))).longValue(),
                    "foreign-key enforcement is back on");
        }
        // and the restored cascade works: deleting parent 3 takes its cascade children, nulls its set-null ones
        await(db.execute("DELETE FROM kkrb_child_restrict WHERE parent_id = 3"));
        await(db.execute("DELETE FROM kkrb_parent WHERE id = 3"));
        assertEquals(
                0L,
                ((Number) await(db.fetchValue("SELECT COUNT(*) FROM kkrb_child_cascade WHERE parent_id = 3")))
                        .longValue());
        assertEquals(
                2L,
                ((Number) await(db.fetchValue("SELECT COUNT(*) FROM kkrb_child_setnull WHERE parent_id IS NULL")))
                        .longValue());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void plan_upAndDown_keepEveryRow(TestDb which, Kind kind) {
        Database db = TestDatabases.open(which);
        await(await(new Migrator(db).plan(base())).apply());
        rows(db, kind.restrictRows());
        Map<String, List<Map<String, String>>> before = contents(db, "before");

        Migrator m = new Migrator(db);
        MigrationPlan plan = await(kind.drops() ? m.planWithDrop(kind.after()) : m.plan(kind.after()));
        assertFalse(plan.isEmpty(), kind + " plans a change");
        await(plan.apply());
        Map<String, List<Map<String, String>>> up = contents(db, "up");
        assertEquals(
                project(before, before, kind.lostColumn()),
                project(up, before, kind.lostColumn()),
                () -> "after up of " + kind + ":\n" + plan);

        await(plan.applyDown());
        Map<String, List<Map<String, String>>> down = contents(db, "down");
        assertEquals(
                project(before, before, kind.lostColumn()),
                project(down, before, kind.lostColumn()),
                () -> "after down of " + kind + ":\n" + String.join(";\n", plan.downSql()));
        assertEquals(before.keySet(), down.keySet());
        assertForeignKeysEnforced(which, db);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void files_upAndDowngrade_keepEveryRow(TestDb which, Kind kind) throws Exception {
        Database db = TestDatabases.open(which);
        VersionedMigrator vm = new VersionedMigrator(db).allowDrop(kind.drops());
        await(vm.autogenerate(base(), dir, "initial")).orElseThrow();
        assertEquals(1, await(vm.runFiles(dir)));
        rows(db, kind.restrictRows());
        Map<String, List<Map<String, String>>> before = contents(db, "before");

        Path change = await(vm.autogenerate(kind.after(), dir, "change")).orElseThrow();
        assertEquals(1, await(vm.runFiles(dir)));
        Map<String, List<Map<String, String>>> up = contents(db, "up");
        assertEquals(
                project(before, before, kind.lostColumn()),
                project(up, before, kind.lostColumn()),
                () -> "after up of " + kind + ":\n" + read(change));

        assertEquals(1, await(vm.downgrade(1)));
        Map<String, List<Map<String, String>>> down = contents(db, "down");
        assertEquals(
                project(before, before, kind.lostColumn()),
                project(down, before, kind.lostColumn()),
                () -> "after downgrade of " + kind + ":\n" + read(change));
        assertTrue(await(vm.history()).stream().allMatch(h -> h.version() == 1), "only the initial file is applied");
        assertForeignKeysEnforced(which, db);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
