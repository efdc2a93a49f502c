package io.kakaorm.vertx.relation;

import io.kakaorm.ForeignKey;
import io.kakaorm.Model;
import io.kakaorm.Table;
import io.kakaorm.relation.BelongsTo;

@Table(name = "rel_remark")
public class Remark extends Model<Remark> {
    public String body;
    public boolean published;
    public int rank;

    @ForeignKey(Story.class)
    public Long storyId;

    public final BelongsTo<Story> story = belongsTo(Story.class);
}
