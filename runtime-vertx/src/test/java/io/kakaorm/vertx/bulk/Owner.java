package io.kakaorm.vertx.bulk;

import io.kakaorm.Model;
import io.kakaorm.Table;

@Table(name = "bulk_owner")
public class Owner extends Model<Owner> {
    public String name;
}
