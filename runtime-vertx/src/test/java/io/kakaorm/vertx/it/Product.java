package io.kakaorm.vertx.it;

import io.kakaorm.Column;
import io.kakaorm.Index;
import io.kakaorm.Model;
import io.kakaorm.Table;

/** The seed's composite index example, plus a default. */
@Table(
        name = "product",
        indexes = {@Index({"category", "price"}), @Index("name")})
public class Product extends Model<Product> {
    @Column(nullable = false, maxLength = 100)
    public String name;

    @Column(nullable = false, maxLength = 50)
    public String category;

    public int price;
    public int stock = 7;
}
