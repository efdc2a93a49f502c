package io.kakaorm.vertx.writes;

import io.kakaorm.Column;
import io.kakaorm.ForeignKey;
import io.kakaorm.Model;
import io.kakaorm.OnDelete;

/** References an owner through ON DELETE RESTRICT. */
public class Pet extends Model<Pet> {
    @Column(nullable = false)
    public String name;

    @ForeignKey(value = Owner.class, onDelete = OnDelete.RESTRICT)
    public Long ownerId;
}
