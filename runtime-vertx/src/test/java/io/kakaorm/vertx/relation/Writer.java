package io.kakaorm.vertx.relation;

import io.kakaorm.Column;
import io.kakaorm.ForeignKey;
import io.kakaorm.Model;
import io.kakaorm.OnDelete;
import io.kakaorm.Table;
import io.kakaorm.relation.BelongsTo;
import io.kakaorm.relation.HasMany;
import io.kakaorm.relation.HasOne;

@Table(name = "rel_writer")
public class Writer extends Model<Writer> {
    @Column(nullable = false, maxLength = 50)
    public String name;

    @ForeignKey(value = Country.class, onDelete = OnDelete.SET_NULL)
    @Column(maxLength = 2)
    public String countryCode;

    public final BelongsTo<Country> country = belongsTo(Country.class);
    public final HasMany<Story> stories = hasMany(Story.class, s -> s.writerId);
    public final HasOne<Bio> bio = hasOne(Bio.class);
}
