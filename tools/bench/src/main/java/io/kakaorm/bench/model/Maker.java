package io.kakaorm.bench.model;

import io.kakaorm.Model;
import io.kakaorm.Table;

/** A maker of {@link Part}s (50 rows): the joined side of the relational benchmark. */
@Table(name = "kkbench_maker")
public class Maker extends Model<Maker> {
    public String name;
    public String country;
}
