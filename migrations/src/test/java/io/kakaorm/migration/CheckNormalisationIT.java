package io.kakaorm.migration;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.migration.internal.schema.Change;
import io.kakaorm.migration.models.checks.Gauge;
import io.kakaorm.migration.models.checks.GaugeV2;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CHECK constraints the database rewrites (PostgreSQL: BETWEEN, IN, casts; MariaDB: {@code length} →
 * {@code octet_length}) plan empty once made, by {@code createTable} or by a plan; a changed check is planned.
 */
@ExtendWith(TestDatabases.class)
class CheckNormalisationIT {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void checks_afterCreateTable_planEmpty(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Gauge.class));
        assertEquals(List.of(), await(new Migrator(db).plan(Gauge.class)).sql());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void checks_afterApplyingAPlan_planEmpty(TestDb which) {
        Database db = TestDatabases.open(which);
        MigrationPlan first = await(new Migrator(db).plan(Gauge.class));
        assertEquals(1, first.changes().size());
        await(first.apply());
        assertEquals(List.of(), await(new Migrator(db).plan(Gauge.class)).sql());
        assertTrue(await(new Migrator(db).check(List.of(Gauge.class), false)).matches());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void aChangedCheck_isPlanned_andThenPlansEmpty(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Gauge.class));
        MigrationPlan changed = await(new Migrator(db).plan(GaugeV2.class));
        List<String> kinds = new ArrayList<>();
        for (Change c : changed.steps()) {
            kinds.add(c.getClass().getSimpleName()
                    + (c instanceof Change.AddCheck a
                            ? ":" + a.check().expression()
                            : c instanceof Change.DropCheck d ? ":" + d.check().name() : ""));
        }
        if (which == TestDb.SQLITE) {
            assertEquals(List.of("RebuildTable"), kinds);
        } else {
            assertEquals(
                    List.of(
                            "DropCheck:ck_kkmig_gauge_level",
                            "DropCheck:ck_kkmig_gauge_status",
                            "AddCheck:level BETWEEN 0 AND 10",
                            "AddCheck:status IN ('draft', 'published', 'archived')"),
                    kinds,
                    String.join("\n", changed.sql()));
        }
        await(changed.apply());
        assertEquals(List.of(), await(new Migrator(db).plan(GaugeV2.class)).sql());
    }
}
