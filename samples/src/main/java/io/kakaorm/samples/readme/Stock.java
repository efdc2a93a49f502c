package io.kakaorm.samples.readme;

import io.kakaorm.Column;
import io.kakaorm.Model;

/** Stock per item, with a CHECK that it never goes negative. */
public class Stock extends Model<Stock> {
    @Column(nullable = false, unique = true, maxLength = 100)
    public String item;

    @Column(check = "qty >= 0")
    public int qty;
}
