package io.kakaorm.samples.readme;

import io.kakaorm.Model;
import io.kakaorm.Table;

/** Where the README's INSERT … SELECT copies unpublished posts to. */
@Table(name = "post_archive")
public class PostArchive extends Model<PostArchive> {
    public Long postId;

    public String title;
}
