package io.kakaorm.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.samples.readme.JsonColumnExamples;
import io.kakaorm.samples.readme.Profile;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The README's JSON column example does what the README says, on every database. */
@ExtendWith(TestDatabases.class)
class JsonColumnExamplesTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void jsonColumnExample(TestDb which) {
        Database db = TestDatabases.open(which);
        db.createTable(Profile.class).await();
        JsonColumnExamples.Results r = JsonColumnExamples.run(db);
        assertEquals(
                new JsonObject()
                        .put("theme", "light")
                        .put("langs", new JsonArray().add("en").add("fr")),
                r.edited().settings);
        assertEquals(r.saved().badges, r.edited().badges);
        assertEquals(0L, r.withoutSettings());
        assertNotNull(r.refused());
        assertTrue(r.refused().getMessage().contains("JSON"), r.refused().getMessage());
    }
}
