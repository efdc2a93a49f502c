package io.kakaorm.samples.readme.rel;

import io.kakaorm.Column;
import io.kakaorm.ForeignKey;
import io.kakaorm.Model;
import io.kakaorm.Table;
import io.kakaorm.relation.BelongsTo;
import io.kakaorm.relation.HasMany;

/** An album: belongs to one {@link Band} and has many tracks. */
// tag::album[]
@Table(name = "album")
public class Album extends Model<Album> {
    @Column(nullable = false)
    public String title;

    @ForeignKey(Band.class)
    public Long bandId;

    public final BelongsTo<Band> band = belongsTo(Band.class, a -> a.bandId);   // many-to-one
    public final HasMany<Track> tracks = hasMany(Track.class);                 // key found from @ForeignKey
}
// end::album[]
