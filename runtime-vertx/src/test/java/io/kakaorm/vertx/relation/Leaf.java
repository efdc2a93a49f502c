package io.kakaorm.vertx.relation;

import io.kakaorm.ForeignKey;
import io.kakaorm.Model;
import io.kakaorm.Table;
import io.kakaorm.relation.BelongsTo;

@Table(name = "rel_leaf")
public class Leaf extends Model<Leaf> {
    @ForeignKey(Node.class)
    public Long nodeId;

    public final BelongsTo<Node> node = belongsTo(Node.class);
}
