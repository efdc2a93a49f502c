package io.kakaorm.migration.models.jsoncol;

import io.kakaorm.Model;
import io.kakaorm.Table;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** {@link SettingsV1} with a JSON object column and a JSON array column added. */
@Table(name = "kkmig_settings")
public class SettingsV2 extends Model<SettingsV2> {
    public String owner;
    public JsonObject prefs;
    public JsonArray history;
}
