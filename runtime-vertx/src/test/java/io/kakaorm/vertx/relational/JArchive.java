package io.kakaorm.vertx.relational;

import io.kakaorm.Model;
import io.kakaorm.Table;

/** Where INSERT … SELECT copies posts to. */
@Table(name = "j_archive")
public class JArchive extends Model<JArchive> {
    public Long postId;
    public String title;
    public int views;
    public String tier;
}
