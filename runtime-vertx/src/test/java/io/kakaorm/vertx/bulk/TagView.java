package io.kakaorm.vertx.bulk;

import io.kakaorm.Model;

/** A plain model for checks that need one outside a database. */
public class TagView extends Model<TagView> {
    public String slug;
}
