package io.kakaorm.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.ValidationException.FieldError;
import io.kakaorm.samples.blog.Author;
import io.kakaorm.samples.readme.ObserveAndJsonExamples;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.observe.StatementEvent;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.json.JsonArray;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The README's listener and JSON examples do what the README says, on every database. */
@ExtendWith(TestDatabases.class)
class ObserveAndJsonExamplesTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void listenerAndJsonExamples(TestDb which) {
        Database db = TestDatabases.open(which);
        db.createTable(Author.class).await();
        ObserveAndJsonExamples.Results r = ObserveAndJsonExamples.run(db);
        assertEquals(2, r.statements(), "the INSERT and the SELECT of db.all ran while the counter listened");
        StatementEvent insert = r.events().get(0);
        assertTrue(insert.binds().contains("Ann"));
        assertTrue(insert.binds().contains(StatementEvent.MASKED));
        assertFalse(insert.binds().contains("ann@example.com"));

        assertEquals("ann@example.com", r.json().getString("email"));
        assertTrue(r.json().containsKey("bio") && r.json().getValue("bio") == null);
        assertFalse(r.dumped().containsKey("email") || r.dumped().containsKey("bio"));
        assertEquals(new JsonArray().add(r.json()), r.list());
        assertEquals(
                List.of("id", "name", "role", "email"),
                r.rejected().errors().stream().map(FieldError::field).toList());
        assertEquals("Bob", r.parsed().name);
        assertNull(r.parsed().id);
        assertEquals(new JsonArray().add("name").add("email"), r.createSchema().getJsonArray("required"));
    }
}
