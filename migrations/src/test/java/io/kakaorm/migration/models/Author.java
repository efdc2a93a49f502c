package io.kakaorm.migration.models;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;

@Table(name = "kkmig_author")
public class Author extends Model<Author> {
    @Column(maxLength = 80, nullable = false)
    public String name;

    @Column(unique = true, maxLength = 120)
    public String email;
}
