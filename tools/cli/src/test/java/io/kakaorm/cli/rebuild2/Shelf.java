package io.kakaorm.cli.rebuild2;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;

/** A parent whose {@code name} became VARCHAR(100) (an SQLite table rebuild). */
@Table(name = "kkcli_shelf")
public class Shelf extends Model<Shelf> {
    @Column(maxLength = 100)
    public String name;
}
