package io.kakaorm.vertx.it;

import io.kakaorm.Column;
import io.kakaorm.ForeignKey;
import io.kakaorm.Model;

public class Book extends Model<Book> {
    @Column(nullable = false)
    public String title;

    @ForeignKey(Author.class)
    public Long authorId;

    @Column(check = "pages > 0")
    public Integer pages;
}
