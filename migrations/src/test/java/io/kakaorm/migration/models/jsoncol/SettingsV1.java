package io.kakaorm.migration.models.jsoncol;

import io.kakaorm.Model;
import io.kakaorm.Table;

/** A table before it gets JSON columns. */
@Table(name = "kkmig_settings")
public class SettingsV1 extends Model<SettingsV1> {
    public String owner;
}
