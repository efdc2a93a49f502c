package io.kakaorm.vertx.relation;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;
import io.kakaorm.relation.BelongsTo;

/** A belongsTo without a foreign-key constraint, so that a key can dangle (point at no writer). */
@Table(name = "rel_tale")
public class Tale extends Model<Tale> {
    @Column(nullable = false)
    public String title;

    public Long writerId;

    public final BelongsTo<Writer> writer = belongsTo(Writer.class, t -> t.writerId);
}
