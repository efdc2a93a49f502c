package io.kakaorm.json;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A model with JSON columns: a nullable object and a NOT NULL array. */
public class Settings extends Model<Settings> {
    public String owner;
    public JsonObject prefs;

    @Column(nullable = false)
    public JsonArray history;
}
