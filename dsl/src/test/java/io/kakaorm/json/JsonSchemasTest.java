package io.kakaorm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.ValidationException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated schemas, checked by vertx-json-schema (draft 2020-12): what toJson writes is a valid
 * response, and a create/update body is valid exactly when fromJson/patch accept it.
 */
class JsonSchemasTest {

    private static OutputUnit validate(Class<?> model, SchemaKind kind, Object json) {
        JsonObject schema = JsonSchemas.schema(model, kind);
        Validator v = Validator.create(
                JsonSchema.of(schema),
                new JsonSchemaOptions()
                        .setOutputFormat(OutputFormat.Basic)
                        .setDraft(Draft.DRAFT202012)
                        .setBaseUri("https://kakaorm.io/schemas/"));
        return v.validate(json);
    }

    @Test
    void whatToJsonWritesIsAValidResponse() {
        Gizmo full = ModelJsonTest.full();
        full.createdAt = OffsetDateTime.parse("2026-12-05T09:30:00Z");
        OutputUnit out = validate(
                Gizmo.class, SchemaKind.RESPONSE, new JsonObject(full.toJson().encode()));
        assertTrue(out.getValid(), () -> out.toJson().encodePrettily());
        Gizmo sparse = new Gizmo();
        sparse.id = 1L;
        sparse.name = "n";
        OutputUnit nulls = validate(Gizmo.class, SchemaKind.RESPONSE, sparse.toJson());
        assertTrue(nulls.getValid(), () -> nulls.toJson().encodePrettily());
        JsonObject missing = sparse.toJson();
        missing.remove("name");
        assertFalse(validate(Gizmo.class, SchemaKind.RESPONSE, missing).getValid(), "every column is in a response");
    }

    @Test
    void responseSchemaMarksGeneratedFieldsReadOnlyAndRequiresEveryColumn() {
        JsonObject s = JsonSchemas.schema(Gizmo.class, SchemaKind.RESPONSE);
        assertEquals(JsonSchemas.DRAFT, s.getString("$schema"));
        assertEquals("Gizmo", s.getString("title"));
        JsonObject props = s.getJsonObject("properties");
        assertEquals(true, props.getJsonObject("id").getBoolean("readOnly"));
        assertEquals(true, props.getJsonObject("createdAt").getBoolean("readOnly"));
        assertEquals(
                new JsonArray().add("string").add("null"),
                props.getJsonObject("note").getValue("type"));
        assertEquals("string", props.getJsonObject("name").getValue("type"));
        assertEquals(10, props.getJsonObject("name").getInteger("maxLength"));
        assertEquals(
                new JsonArray().add("SMALL").add("LARGE").addNull(),
                props.getJsonObject("size").getJsonArray("enum"));
        assertEquals(props.size(), s.getJsonArray("required").size());
    }

    /** Bodies and whether fromJson accepts them: the schema must say the same. */
    @Test
    void createSchemaAgreesWithFromJson() {
        List<JsonObject> bodies = List.of(
                new JsonObject().put("name", "ok"),
                new JsonObject()
                        .put("name", "ok")
                        .put("price", "9999.99")
                        .put("size", "SMALL")
                        .put("day", "2026-12-05"),
                new JsonObject()
                        .put("name", "ok")
                        .put("note", null)
                        .put("flag", false)
                        .put("i", 3),
                new JsonObject(),
                new JsonObject().put("name", "far too long a name"),
                new JsonObject().put("name", "ok").put("id", 4),
                new JsonObject().put("name", "ok").put("createdAt", "2026-12-05T09:30:00Z"),
                new JsonObject().put("name", "ok").put("colour", "red"),
                new JsonObject().put("name", "ok").put("size", "HUGE"),
                new JsonObject().put("name", "ok").put("price", "1.125"),
                new JsonObject().put("name", "ok").put("price", "12345.1"),
                new JsonObject().put("name", "ok").put("s", 70000),
                new JsonObject().put("name", "ok").put("flag", null),
                new JsonObject().put("name", null));
        for (JsonObject body : bodies) {
            boolean accepted;
            try {
                Gizmo.fromJson(Gizmo.class, body);
                accepted = true;
            } catch (ValidationException e) {
                accepted = false;
            }
            OutputUnit out = validate(Gizmo.class, SchemaKind.CREATE, body);
            assertEquals(
                    accepted,
                    out.getValid(),
                    () -> body.encode() + " → " + out.toJson().encode());
        }
    }

    @Test
    void updateSchemaRequiresNothingButStillChecksValues() {
        assertTrue(validate(Gizmo.class, SchemaKind.UPDATE, new JsonObject()).getValid());
        assertTrue(validate(Gizmo.class, SchemaKind.UPDATE, new JsonObject().put("note", "x"))
                .getValid());
        assertFalse(validate(Gizmo.class, SchemaKind.UPDATE, new JsonObject().put("name", null))
                .getValid());
        assertFalse(validate(Gizmo.class, SchemaKind.UPDATE, new JsonObject().put("id", 1))
                .getValid());
        assertThrows(ValidationException.class, () -> ModelJson.patch(new Gizmo(), new JsonObject().put("id", 1)));
        assertEquals(
                "GizmoUpdate",
                JsonSchemas.schema(Gizmo.class, SchemaKind.UPDATE).getString("title"));
    }
}
