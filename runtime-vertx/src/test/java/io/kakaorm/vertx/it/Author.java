package io.kakaorm.vertx.it;

import io.kakaorm.Column;
import io.kakaorm.Model;

public class Author extends Model<Author> {
    @Column(nullable = false, maxLength = 50)
    public String name;

    @Column(unique = true, maxLength = 100)
    public String email;
}
