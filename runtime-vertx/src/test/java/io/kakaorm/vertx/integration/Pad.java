package io.kakaorm.vertx.integration;

import io.kakaorm.Model;
import io.kakaorm.Table;

/** What a {@link Memo} may point at, for lazy relations of new instances. */
@Table(name = "vx_pad")
public class Pad extends Model<Pad> {
    public String name;
}
