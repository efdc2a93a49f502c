package io.kakaorm.json;

/** Which JSON document of a model a schema describes. */
public enum SchemaKind {
    /** What {@link ModelJson#toJson(io.kakaorm.Model)} writes: every column, generated ones read-only. */
    RESPONSE,
    /** A create body for {@link ModelJson#fromJson(Class, io.vertx.core.json.JsonObject)}: writable fields, required ones listed. */
    CREATE,
    /** A partial-update body for {@link ModelJson#patch(io.kakaorm.Model, io.vertx.core.json.JsonObject)}: writable fields, none required. */
    UPDATE
}
