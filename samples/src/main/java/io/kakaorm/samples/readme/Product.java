package io.kakaorm.samples.readme;

import io.kakaorm.Column;
import io.kakaorm.Index;
import io.kakaorm.Model;
import io.kakaorm.Table;

/** A product with a composite and a single-column index declared on {@code @Table}. */
// tag::product[]
@Table(name = "product", indexes = {
        @Index({"category", "price"}),       // composite index
        @Index("name")                       // single-column index
})
public class Product extends Model<Product> {
    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String category;

    public int price;
}
// end::product[]
