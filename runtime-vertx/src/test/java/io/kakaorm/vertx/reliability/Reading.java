package io.kakaorm.vertx.reliability;

import io.kakaorm.Model;
import io.kakaorm.Table;

/** A measured value, for the reliability tests. */
@Table(name = "rel_reading")
public class Reading extends Model<Reading> {
    public String label;
    public int value;

    static Reading of(String label, int value) {
        Reading r = new Reading();
        r.label = label;
        r.value = value;
        return r;
    }
}
