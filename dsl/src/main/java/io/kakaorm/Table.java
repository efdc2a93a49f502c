package io.kakaorm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a model's table and declares its indexes.
 *
 * <pre>{@code
 * @Table(name = "product", indexes = { @Index({"category", "price"}), @Index("name") })
 * public class Product extends Model<Product> { ... }
 * }</pre>
 *
 * Without this annotation the table name is the snake_case form of the class name
 * ({@code BlogPost} → {@code blog_post}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {
    /** The table name; empty means snake_case of the class name. */
    String name() default "";

    /** Single-column and composite indexes, created with the table. */
    Index[] indexes() default {};
}
