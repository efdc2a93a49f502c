package io.kakaorm.vertx.writes;

import io.kakaorm.ForeignKey;
import io.kakaorm.Model;
import io.kakaorm.OnDelete;

/** References an owner through ON DELETE NO ACTION. */
public class Tag extends Model<Tag> {
    @ForeignKey(value = Owner.class, onDelete = OnDelete.NO_ACTION)
    public Long ownerId;
}
