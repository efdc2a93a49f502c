package io.kakaorm.vertx.relation;

import io.kakaorm.Column;
import io.kakaorm.SoftDeleteModel;
import io.kakaorm.Table;

/** A soft-deletable target of a belongsTo ({@link Book#shelf}). */
@Table(name = "rel_shelf")
public class Shelf extends SoftDeleteModel<Shelf> {
    @Column(nullable = false)
    public String name;
}
