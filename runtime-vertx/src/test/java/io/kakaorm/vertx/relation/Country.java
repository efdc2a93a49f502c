package io.kakaorm.vertx.relation;

import io.kakaorm.Column;
import io.kakaorm.Id;
import io.kakaorm.Model;
import io.kakaorm.Table;
import io.kakaorm.relation.HasMany;

/** A model with a String primary key. */
@Table(name = "rel_country")
public class Country extends Model<Country> {
    @Id
    @Column(maxLength = 2)
    public String code;

    public String name;

    public final HasMany<Writer> writers = hasMany(Writer.class);
}
