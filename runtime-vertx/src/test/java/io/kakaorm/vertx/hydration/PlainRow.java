package io.kakaorm.vertx.hydration;

import io.kakaorm.Model;
import java.time.LocalDateTime;

/** Only final, immutable field types: rows are hydrated from the driver's values as they are. */
public class PlainRow extends Model<PlainRow> {
    public String name;
    public int qty;
    public double price;
    public boolean active;
    public LocalDateTime at;
    public Long big;
}
