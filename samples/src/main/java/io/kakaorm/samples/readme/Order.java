package io.kakaorm.samples.readme;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;

/** An order; its table is named {@code order}, an SQL keyword, which KakaORM quotes everywhere. */
@Table(name = "order")
public class Order extends Model<Order> {
    @Column(nullable = false)
    public String item;

    public int qty;
}
