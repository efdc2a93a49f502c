package io.kakaorm.cli.rebuild1;

import io.kakaorm.ForeignKey;
import io.kakaorm.Model;
import io.kakaorm.OnDelete;
import io.kakaorm.Table;

/** A child that cascades from {@link Shelf}. */
@Table(name = "kkcli_book")
public class Book extends Model<Book> {
    @ForeignKey(value = Shelf.class, onDelete = OnDelete.CASCADE)
    public Long shelfId;

    public String title;
}
