package io.kakaorm.vertx.it;

import io.kakaorm.Model;

public class Audit extends Model<Audit> {
    public String what;
}
