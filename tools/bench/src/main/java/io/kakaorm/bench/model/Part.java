package io.kakaorm.bench.model;

import io.kakaorm.Model;
import io.kakaorm.Table;

/** A part (1000 rows, 20 per {@link Maker}): the relational benchmark's join and group-by table. */
@Table(name = "kkbench_part")
public class Part extends Model<Part> {
    public String name;
    public int quantity;
    public double price;
    public Long makerId;
}
