package io.kakaorm.vertx.bulk;

import io.kakaorm.ForeignKey;
import io.kakaorm.Model;
import io.kakaorm.OnDelete;
import io.kakaorm.Table;

@Table(name = "bulk_pet")
public class Pet extends Model<Pet> {
    public String name;

    @ForeignKey(value = Owner.class, onDelete = OnDelete.RESTRICT)
    public Long ownerId;
}
