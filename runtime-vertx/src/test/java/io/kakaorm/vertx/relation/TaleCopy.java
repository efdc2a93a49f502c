package io.kakaorm.vertx.relation;

import io.kakaorm.Model;
import io.kakaorm.Table;

/** A target of INSERT … SELECT from tales, with a value read through a relation path. */
@Table(name = "rel_tale_copy")
public class TaleCopy extends Model<TaleCopy> {
    public String title;

    public String writer;
}
