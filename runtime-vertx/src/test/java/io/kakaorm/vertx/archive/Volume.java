package io.kakaorm.vertx.archive;

import io.kakaorm.ArchiveModel;
import io.kakaorm.ForeignKey;
import io.kakaorm.Table;
import io.kakaorm.relation.BelongsTo;

/** An archive model with a relation, for includeDeleted() with prefetch. */
@Table(name = "ar_volume")
public class Volume extends ArchiveModel<Volume> {
    public String title;
    public int pages;

    @ForeignKey(Shelf.class)
    public Long shelfId;

    public final BelongsTo<Shelf> shelf = belongsTo(Shelf.class, v -> v.shelfId);
}
