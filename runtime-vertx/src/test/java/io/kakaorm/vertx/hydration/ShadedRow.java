package io.kakaorm.vertx.hydration;

import io.kakaorm.Model;

/** An enum field: final, but the driver returns its text, so the first row turns the direct read off. */
public class ShadedRow extends Model<ShadedRow> {
    /** Stored as its name. */
    public enum Shade {
        RED,
        GREEN
    }

    public String name;
    public Shade shade;
}
