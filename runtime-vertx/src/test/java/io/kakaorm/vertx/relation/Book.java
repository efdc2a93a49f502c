package io.kakaorm.vertx.relation;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;
import io.kakaorm.relation.BelongsTo;

/** A belongsTo whose target can be soft-deleted. */
@Table(name = "rel_book")
public class Book extends Model<Book> {
    @Column(nullable = false)
    public String title;

    public Long shelfId;

    public final BelongsTo<Shelf> shelf = belongsTo(Shelf.class, b -> b.shelfId);
}
