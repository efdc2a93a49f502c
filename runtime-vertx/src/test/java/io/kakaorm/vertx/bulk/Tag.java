package io.kakaorm.vertx.bulk;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;

@Table(name = "bulk_tag")
public class Tag extends Model<Tag> {
    @Column(nullable = false, unique = true, maxLength = 40)
    public String slug;

    public int hits;
}
