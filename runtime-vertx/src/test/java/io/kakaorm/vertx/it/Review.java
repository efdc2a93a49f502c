package io.kakaorm.vertx.it;

import io.kakaorm.ForeignKey;
import io.kakaorm.Model;
import io.kakaorm.OnDelete;

public class Review extends Model<Review> {
    @ForeignKey(value = Book.class, onDelete = OnDelete.SET_NULL)
    public Long bookId;

    public String body;
}
