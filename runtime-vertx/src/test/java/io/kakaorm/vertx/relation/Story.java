package io.kakaorm.vertx.relation;

import io.kakaorm.Column;
import io.kakaorm.ForeignKey;
import io.kakaorm.Model;
import io.kakaorm.OnDelete;
import io.kakaorm.Table;
import io.kakaorm.relation.BelongsTo;
import io.kakaorm.relation.HasMany;

@Table(name = "rel_story")
public class Story extends Model<Story> {
    @Column(nullable = false)
    public String title;

    @ForeignKey(value = Writer.class, onDelete = OnDelete.SET_NULL)
    public Long writerId;

    public final BelongsTo<Writer> writer = belongsTo(Writer.class, s -> s.writerId);
    public final HasMany<Remark> remarks = hasMany(Remark.class);
}
