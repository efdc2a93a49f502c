package io.kakaorm.samples.readme.rel;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;
import io.kakaorm.relation.HasMany;

/** A band: the one side of a one-to-many relation to its {@link Album}s. */
// tag::band[]
@Table(name = "band")
public class Band extends Model<Band> {
    @Column(nullable = false, unique = true, maxLength = 100)
    public String name;

    public final HasMany<Album> albums = hasMany(Album.class, a -> a.bandId);   // FK on the other side
}
// end::band[]
