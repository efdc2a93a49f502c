package io.kakaorm.migration.models;

import io.kakaorm.Column;
import io.kakaorm.ForeignKey;
import io.kakaorm.Model;
import io.kakaorm.Table;

@Table(name = "kkmig_post")
public class PostV1 extends Model<PostV1> {
    @Column(maxLength = 100, index = true)
    public String title;

    public String body;
    public Integer views = 1;

    @ForeignKey(Author.class)
    public Long authorId;
}
