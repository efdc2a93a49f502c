package io.kakaorm.vertx.relation;

import io.kakaorm.ForeignKey;
import io.kakaorm.Model;
import io.kakaorm.Table;
import io.kakaorm.relation.BelongsTo;

@Table(name = "rel_bio")
public class Bio extends Model<Bio> {
    public String text;

    @ForeignKey(Writer.class)
    public Long writerId;

    public final BelongsTo<Writer> writer = belongsTo(Writer.class);
}
