package io.kakaorm.migration.models;

import io.kakaorm.Column;
import io.kakaorm.ForeignKey;
import io.kakaorm.Model;
import io.kakaorm.Table;

/** PostV1 with body renamed to content. */
@Table(name = "kkmig_post")
public class PostV3 extends Model<PostV3> {
    @Column(maxLength = 100, index = true)
    public String title;

    public String content;
    public Integer views = 1;

    @ForeignKey(Author.class)
    public Long authorId;
}
