package io.kakaorm.vertx.relation;

import io.kakaorm.ForeignKey;
import io.kakaorm.Model;
import io.kakaorm.Table;
import io.kakaorm.relation.BelongsTo;

/** Two foreign keys to the same model: a relation without a named key is ambiguous. */
@Table(name = "rel_transfer")
public class Transfer extends Model<Transfer> {
    @ForeignKey(Writer.class)
    public Long fromId;

    @ForeignKey(Writer.class)
    public Long toId;

    public final BelongsTo<Writer> from = belongsTo(Writer.class);
    public final BelongsTo<Writer> to = belongsTo(Writer.class, t -> t.toId);
}
