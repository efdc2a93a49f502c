package io.kakaorm.migration;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.migration.models.Author;
import io.kakaorm.migration.models.City;
import io.kakaorm.migration.models.Country;
import io.kakaorm.migration.models.Item;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Create from models, read back, plan: empty, for every type and option, on every database. */
@ExtendWith(TestDatabases.class)
class RoundTripIT {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void createTableFromModels_thenPlanIsEmpty(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Author.class));
        await(db.createTable(Item.class));
        await(db.createTable(Country.class));
        await(db.createTable(City.class));
        MigrationPlan plan = await(new Migrator(db).planWithDrop(Author.class, Item.class, Country.class, City.class));
        assertTrue(plan.isEmpty(), () -> "expected no changes, got " + plan.changes() + "\n" + plan);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void planApplied_thenPlanIsEmpty_andDownRemovesEverything(TestDb which) {
        Database db = TestDatabases.open(which);
        MigrationPlan plan = await(new Migrator(db).plan(Author.class, Item.class, City.class, Country.class));
        assertEquals(4, plan.changes().size(), plan::toString);
        await(plan.apply());
        MigrationPlan again = await(new Migrator(db).planWithDrop(Author.class, Item.class, Country.class, City.class));
        assertTrue(again.isEmpty(), () -> "expected no changes, got " + again.changes() + "\n" + again);
        await(plan.applyDown());
        assertTrue(await(new Migrator(db).readSchema()).tables().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void modelsInAnotherOrder_stillEmpty(TestDb which) {
        Database db = TestDatabases.open(which);
        await(await(new Migrator(db).plan(Item.class, Author.class)).apply());
        MigrationPlan again = await(new Migrator(db).plan(Author.class, Item.class));
        assertFalse(!again.isEmpty(), again::toString);
    }
}
