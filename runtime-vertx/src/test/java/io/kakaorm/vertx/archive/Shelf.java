package io.kakaorm.vertx.archive;

import io.kakaorm.Model;
import io.kakaorm.Table;
import io.kakaorm.relation.HasMany;

/** A plain model that archived {@link Volume}s point at. */
@Table(name = "ar_shelf")
public class Shelf extends Model<Shelf> {
    public String label;

    public final HasMany<Volume> volumes = hasMany(Volume.class, v -> v.shelfId);
}
