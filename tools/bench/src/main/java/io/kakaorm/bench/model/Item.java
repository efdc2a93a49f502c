package io.kakaorm.bench.model;

import io.kakaorm.Model;
import io.kakaorm.Table;
import java.time.LocalDateTime;

/** A typical small row: implicit {@code Long id} plus six columns of common types. */
@Table(name = "kkbench_item")
public class Item extends Model<Item> {
    public String name;
    public String category;
    public int quantity;
    public double price;
    public boolean active;
    public LocalDateTime createdAt;

    /** Fills the columns of row number {@code i} (1-based) of the seeded table. */
    public Item fill(int i) {
        name = "item-" + i;
        category = "cat-" + (i % 10);
        quantity = i;
        price = i * 1.25;
        active = i % 2 == 0;
        createdAt = ItemRows.BASE_TIME.plusSeconds(i);
        return this;
    }
}
