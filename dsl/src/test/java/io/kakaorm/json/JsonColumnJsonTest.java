package io.kakaorm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.ValidationException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON columns in toJson (nested as documents, copied), fromJson (an object or array, else a field error) and JSON Schema. */
class JsonColumnJsonTest {

    private static Settings settings() {
        Settings s = new Settings();
        s.id = 7L;
        s.owner = "ann";
        s.prefs = new JsonObject()
                .put("theme", "dark")
                .put("n", 1.5)
                .putNull("none")
                .put(
                        "deep",
                        new JsonObject().put("list", new JsonArray().add("ü").add(2)));
        s.history = new JsonArray().add(new JsonObject().put("at", 1)).add("x");
        return s;
    }

    private static boolean valid(SchemaKind kind, JsonObject json) {
        Validator v = Validator.create(
                JsonSchema.of(JsonSchemas.schema(Settings.class, kind)),
                new JsonSchemaOptions()
                        .setOutputFormat(OutputFormat.Basic)
                        .setDraft(Draft.DRAFT202012)
                        .setBaseUri("https://kakaorm.io/schemas/"));
        return v.validate(json).getValid();
    }

    @Test
    void toJsonNestsTheDocumentsAsTheyAre_andCopiesThem() {
        Settings s = settings();
        JsonObject json = s.toJson();
        assertEquals(s.prefs, json.getJsonObject("prefs"));
        assertEquals(s.history, json.getJsonArray("history"));
        assertNotSame(s.prefs, json.getJsonObject("prefs"));
        json.getJsonObject("prefs").put("theme", "light");
        assertEquals("dark", s.prefs.getString("theme"), "editing the output leaves the model alone");
        assertEquals(
                s.prefs, new JsonObject(json.encode()).getJsonObject("prefs").put("theme", "dark"));
    }

    @Test
    void fromJsonTakesAnObjectAndAnArray_andNamesEveryWrongOne() {
        Settings s = settings();
        JsonObject body = s.toJson();
        body.remove("id");
        Settings back = ModelJson.fromJson(Settings.class, new JsonObject(body.encode()));
        assertEquals(s.prefs, back.prefs);
        assertEquals(s.history, back.history);

        JsonObject wrong = new JsonObject()
                .put("owner", "bob")
                .put("prefs", new JsonArray())
                .put("history", "[]");
        ValidationException e =
                assertThrows(ValidationException.class, () -> ModelJson.fromJson(Settings.class, wrong));
        assertEquals(
                List.of(
                        new ValidationException.FieldError("prefs", "must be a JSON object"),
                        new ValidationException.FieldError("history", "must be a JSON array")),
                e.errors());
    }

    @Test
    void schemaSaysObjectOrArray_andAgreesWithToJsonAndFromJson() {
        JsonObject props =
                JsonSchemas.schema(Settings.class, SchemaKind.RESPONSE).getJsonObject("properties");
        assertEquals(
                new JsonArray().add("object").add("null"),
                props.getJsonObject("prefs").getValue("type"));
        assertEquals("array", props.getJsonObject("history").getValue("type"));

        Settings s = settings();
        assertTrue(valid(SchemaKind.RESPONSE, new JsonObject(s.toJson().encode())));
        JsonObject create = s.toJson();
        create.remove("id");
        assertTrue(valid(SchemaKind.CREATE, create));
        assertFalse(valid(SchemaKind.CREATE, create.copy().put("prefs", "text")));
        assertFalse(valid(SchemaKind.CREATE, create.copy().put("history", new JsonObject())));
        assertFalse(valid(SchemaKind.CREATE, create.copy().putNull("history")), "NOT NULL");
    }
}
