package io.kakaorm.cli.rebuild1;

import io.kakaorm.Model;
import io.kakaorm.Table;

/** A parent whose {@code name} is TEXT. */
@Table(name = "kkcli_shelf")
public class Shelf extends Model<Shelf> {
    public String name;
}
