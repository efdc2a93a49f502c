package io.kakaorm.vertx.integration;

import io.kakaorm.Model;
import io.kakaorm.Table;
import io.kakaorm.relation.BelongsTo;

/** A plain model for the Vert.x integration tests. */
@Table(name = "vx_memo")
public class Memo extends Model<Memo> {
    public String text;
    public Long padId;

    public final BelongsTo<Pad> pad = belongsTo(Pad.class, m -> m.padId);
}
