package io.kakaorm.vertx.jsoncolumn;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A model with JSON columns: an object, an array, and a NOT NULL object. */
@Table(name = "json_doc")
public class JsonDoc extends Model<JsonDoc> {
    public String name;
    public JsonObject data;
    public JsonArray tags;

    @Column(nullable = false)
    public JsonObject meta = new JsonObject();
}
