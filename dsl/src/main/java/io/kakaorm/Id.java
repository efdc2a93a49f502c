package io.kakaorm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the primary-key field. Without any {@code @Id} a model gets an auto-increment {@code Long id}
 * (declared by the model or implied). An {@code @Id} column is not auto-incremented unless
 * {@link #autoIncrement()} says so.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Id {
    /** Whether the database generates the key (integer keys only). */
    boolean autoIncrement() default false;
}
