package io.kakaorm.migration;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.dialect.ddl.ColumnDef;
import io.kakaorm.migration.internal.schema.Change;
import io.kakaorm.migration.models.jsoncol.SettingsV1;
import io.kakaorm.migration.models.jsoncol.SettingsV2;
import io.kakaorm.migration.schema.Table;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JSON columns in the migrations' diff: after createTable the plan is empty (MariaDB's JSON reads back as a
 * LONGTEXT with a json_valid CHECK, SQLite's as TEXT with KakaORM's json_valid CHECK), and an added JSON field
 * is planned, applied (the column then holds only JSON) and leaves an empty plan.
 */
@ExtendWith(TestDatabases.class)
class JsonColumnMigrationIT {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void createTable_thenPlanIsEmpty(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(SettingsV2.class));
        MigrationPlan plan = await(new Migrator(db).plan(SettingsV2.class));
        assertTrue(plan.isEmpty(), () -> "after createTable: " + plan.changes());
        Table live = await(new Migrator(db).readSchema()).tables().get("kkmig_settings");
        String type = live.columns().stream()
                .filter(c -> c.name().equals("prefs"))
                .findFirst()
                .orElseThrow()
                .type();
        assertEquals(
                switch (which) {
                    case POSTGRES -> "jsonb";
                    case MYSQL -> "json";
                    case SQLITE -> "TEXT";
                },
                type);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void anAddedJsonField_isPlannedApplied_andThenThePlanIsEmpty(TestDb which) {
        Database db = TestDatabases.open(which);
        await(await(new Migrator(db).plan(SettingsV1.class)).apply());
        await(db.execute("INSERT INTO kkmig_settings (owner) VALUES ('ann')"));
        MigrationPlan plan = await(new Migrator(db).plan(SettingsV2.class));
        assertEquals(
                Set.of("prefs", "history"), added(plan), () -> plan.changes().toString());
        await(plan.apply());
        MigrationPlan again = await(new Migrator(db).plan(SettingsV2.class));
        assertTrue(again.isEmpty(), () -> "after apply: " + again.changes());

        SettingsV2 s = await(db.from(SettingsV2.class).get());
        assertEquals("ann", s.owner);
        s.prefs = new JsonObject()
                .put("theme", "dark")
                .put("sizes", new JsonArray().add(1).add(2.5));
        s.history = new JsonArray().add(new JsonObject().putNull("x"));
        await(s.save());
        SettingsV2 back = await(db.from(SettingsV2.class).get());
        assertEquals(s.prefs, back.prefs);
        assertEquals(s.history, back.history);
        assertTrue(failed(db, "UPDATE kkmig_settings SET prefs = '{oops'"), "the added column holds only JSON");
    }

    private static boolean failed(Database db, String sql) {
        try {
            await(db.execute(sql));
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** The columns a plan adds, whether by ALTER TABLE or (SQLite) by rebuilding the table. */
    private static Set<String> added(MigrationPlan plan) {
        Set<String> out = new TreeSet<>();
        for (Change c : plan.steps()) {
            if (c instanceof Change.AddColumn a) {
                out.add(a.column().name());
            } else if (c instanceof Change.RebuildTable r) {
                r.to().columns().stream().map(ColumnDef::name).forEach(out::add);
                r.from().columns().stream().map(ColumnDef::name).forEach(out::remove);
            }
        }
        return out;
    }
}
