package io.kakaorm.samples.blog;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;

/** A blog author with a unique e-mail; {@link Post#authorId} points here. */
// tag::author[]
@Table(name = "author")
public class Author extends Model<Author> {
    @Column(nullable = false)
    public String name;

    @Column(nullable = false, unique = true, maxLength = 255)
    public String email;

    public String bio;                       // NULL-able: objects are, unless nullable = false
}
// end::author[]
