package io.kakaorm.samples.blog;

import io.kakaorm.Column;
import io.kakaorm.ForeignKey;
import io.kakaorm.Model;
import io.kakaorm.OnDelete;
import io.kakaorm.Table;

/** A blog post, the README's main model: NOT NULL and nullable columns, defaults, and a foreign key to its {@link Author}. */
// tag::post[]
@Table(name = "post")
public class Post extends Model<Post> {
    @Column(nullable = false)
    public String title;

    public String body;

    public boolean published = false;       // primitives are NOT NULL; the initializer is the DEFAULT

    public int views = 0;

    public Double score;

    @ForeignKey(value = Author.class, onDelete = OnDelete.SET_NULL)
    public Long authorId;                    // references author.id
}
// end::post[]
