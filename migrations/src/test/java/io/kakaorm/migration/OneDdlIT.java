package io.kakaorm.migration;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.ArchiveModel;
import io.kakaorm.Model;
import io.kakaorm.dialect.ddl.ConstraintNames;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.migration.models.longnames.LongNames;
import io.kakaorm.migration.models.longnames.LongTarget;
import io.kakaorm.migration.schema.Table;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code db.createTable()} and the migrator write and read tables alike: a table made by one is what the
 * other wants (the plan is empty), for long names and for every model of the runtime and migrations tests (the samples depend on this module,
 * so their models cannot be scanned from here).
 */
@ExtendWith(TestDatabases.class)
class OneDdlIT {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void longNames_createTable_thenPlanIsEmpty_andNamesAreKeptWhole(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(LongTarget.class));
        await(db.createTable(LongNames.class));
        MigrationPlan plan = await(new Migrator(db).plan(LongTarget.class, LongNames.class));
        assertTrue(plan.isEmpty(), () -> "after createTable: " + plan.changes() + "\n" + plan);

        String t = ModelMeta.of(LongNames.class).table();
        Table live = await(new Migrator(db).readSchema()).tables().get(t);
        String column = "a_column_whose_name_is_long_too_really";
        assertTrue(ConstraintNames.unique(t, column).length() <= ConstraintNames.MAX_LENGTH);
        Set<String> names = new HashSet<>();
        live.indexes().forEach(ix -> names.add(ix.name()));
        live.checks().forEach(ck -> names.add(ck.name()));
        live.foreignKeys().forEach(fk -> names.add(fk.name()));
        List<String> expected = new ArrayList<>(List.of(
                ConstraintNames.check(t, column),
                ConstraintNames.check(t, "quantity_with_a_long_enough_name_for_a_check"),
                ConstraintNames.fit("idx_" + t + "_other_column_with_a_long_name"),
                ConstraintNames.fit("idx_" + t + "_" + column + "_other_column_with_a_long_name")));
        if (which != TestDb.SQLITE) { // SQLite keeps neither UNIQUE constraint nor foreign-key names
            expected.add(ConstraintNames.unique(t, column));
            expected.add(ConstraintNames.foreignKey(t, "the_referenced_target_identifier_column"));
        }
        for (String n : expected) {
            assertTrue(n.length() > 54 && n.length() <= ConstraintNames.MAX_LENGTH, n);
            assertTrue(names.contains(n), () -> n + " not among " + names);
        }
        assertEquals(
                names.size(),
                live.indexes().size()
                        + live.checks().size()
                        + live.foreignKeys().size(),
                () -> "every constraint and index has its own name: " + live);

        // and the other way: the migrator's tables are what createTable(IfNotExists) would make
        Database fresh = TestDatabases.open(which);
        await(await(new Migrator(fresh).plan(LongTarget.class, LongNames.class)).apply());
        Table migrated = await(new Migrator(fresh).readSchema()).tables().get(t);
        assertEquals(sorted(live), sorted(migrated));
    }

    /** The parts of {@code t} whose order the catalogs do not fix, in a fixed order. */
    private static List<String> sorted(Table t) {
        List<String> out = new ArrayList<>();
        t.columns().forEach(c -> out.add("column " + c));
        t.indexes().stream().map(Table.Index::toString).sorted().forEach(s -> out.add("index " + s));
        t.foreignKeys().stream().map(Table.ForeignKey::toString).sorted().forEach(s -> out.add("fk " + s));
        t.checks().stream().map(Table.Check::toString).sorted().forEach(s -> out.add("check " + s));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void everyModelOfTheTests_createTable_thenPlanIsEmpty(TestDb which) {
        List<Class<?>> models = ModelClasses.under("io.kakaorm.migration.models", "io.kakaorm.vertx");
        assertTrue(models.size() > 30, () -> "found " + models);
        Database db = TestDatabases.open(which);
        List<String> differences = new ArrayList<>();
        for (Class<?> m : models) {
            List<Class<?>> chain = ModelClasses.withTargets(m);
            try {
                for (Class<?> c : chain) {
                    await(db.createTable(model(c)));
                    if (ArchiveModel.class.isAssignableFrom(c)) { // as the seed: create_table + create_archive_table
                        await(db.createArchiveTable(model(c)));
                    }
                }
                MigrationPlan plan = await(new Migrator(db).plan(chain));
                if (!plan.isEmpty()) {
                    differences.add(m.getName() + ": " + plan.changes());
                }
            } catch (RuntimeException e) {
                differences.add(m.getName() + ": " + e);
            } finally {
                for (int i = chain.size() - 1; i >= 0; i--) {
                    ModelMeta<?> archive = ModelMeta.of(model(chain.get(i))).archiveTable();
                    if (archive != null) {
                        await(db.execute("DROP TABLE IF EXISTS " + archive.table()));
                    }
                    await(db.dropTableIfExists(model(chain.get(i))));
                }
            }
        }
        assertEquals(List.of(), differences, () -> differences.size() + " of " + models.size() + " models differ");
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Model<?>> model(Class<?> c) {
        return (Class<? extends Model<?>>) c;
    }
}
