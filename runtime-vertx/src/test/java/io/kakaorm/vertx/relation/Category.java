package io.kakaorm.vertx.relation;

import io.kakaorm.ForeignKey;
import io.kakaorm.Id;
import io.kakaorm.Model;
import io.kakaorm.OnDelete;
import io.kakaorm.Table;
import io.kakaorm.relation.BelongsTo;
import io.kakaorm.relation.HasMany;
import java.util.UUID;

/** Self-referencing, with a UUID primary key. */
@Table(name = "rel_category")
public class Category extends Model<Category> {
    @Id
    public UUID uid;

    public String name;

    @ForeignKey(value = Category.class, onDelete = OnDelete.SET_NULL)
    public UUID parentUid;

    public final BelongsTo<Category> parent = belongsTo(Category.class, c -> c.parentUid);
    public final HasMany<Category> children = hasMany(Category.class, c -> c.parentUid);
}
