package io.kakaorm.samples.readme;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A user's settings as a JSON document, and a JSON array of badges. */
public class Profile extends Model<Profile> {
    @Column(nullable = false, maxLength = 50)
    public String owner;

    public JsonObject settings;
    public JsonArray badges;
}
