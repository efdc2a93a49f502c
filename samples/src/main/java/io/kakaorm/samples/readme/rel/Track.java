package io.kakaorm.samples.readme.rel;

import io.kakaorm.ForeignKey;
import io.kakaorm.Model;
import io.kakaorm.Table;
import io.kakaorm.relation.BelongsTo;

/** A track of an album. */
@Table(name = "track")
public class Track extends Model<Track> {
    public String title;
    public int number;
    public boolean single;

    @ForeignKey(Album.class)
    public Long albumId;

    public final BelongsTo<Album> album = belongsTo(Album.class);
}
