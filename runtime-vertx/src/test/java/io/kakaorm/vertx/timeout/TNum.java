package io.kakaorm.vertx.timeout;

import io.kakaorm.Model;

/** A number; three copies of a table of them joined make a statement that runs for minutes. */
public class TNum extends Model<TNum> {
    public int n;
}
