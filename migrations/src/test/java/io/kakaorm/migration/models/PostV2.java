package io.kakaorm.migration.models;

import io.kakaorm.Column;
import io.kakaorm.ForeignKey;
import io.kakaorm.Index;
import io.kakaorm.Model;
import io.kakaorm.OnDelete;
import io.kakaorm.Table;

/** PostV1 with a change of every kind. */
@Table(name = "kkmig_post", indexes = @Index({"views", "score"}))
public class PostV2 extends Model<PostV2> {
    @Column(maxLength = 200, nullable = false)
    public String title;

    public String body;

    @Column(check = "views >= 0")
    public Integer views = 5;

    @ForeignKey(value = Author.class, onDelete = OnDelete.SET_NULL)
    public Long authorId;

    public int score;

    @Column(unique = true, maxLength = 50)
    public String slug;
}
