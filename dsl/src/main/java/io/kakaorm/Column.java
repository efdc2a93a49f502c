package io.kakaorm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Column options of a model field. Every public, non-static, non-transient field of a model is a
 * column even without this annotation; the annotation only changes the defaults.
 *
 * <p>Primitive fields are always NOT NULL. Object fields are NULL-able unless {@code nullable = false}.
 * The column's DEFAULT is the field initializer's value (as seen on a fresh instance) unless
 * {@link #defaultValue()} says otherwise.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Column {
    /** Column name; empty means snake_case of the field name. */
    String name() default "";

    /** Whether NULL is allowed (ignored for primitives, which are never NULL). */
    boolean nullable() default true;

    /** A UNIQUE constraint on this column alone. */
    boolean unique() default false;

    /** A single-column index. */
    boolean index() default false;

    /** A CHECK constraint, in SQL, e.g. {@code "price > 0"}. Column names are SQL names. */
    String check() default "";

    /** For strings: VARCHAR(n) instead of TEXT, and values longer than n are rejected before any SQL. */
    int maxLength() default 0;

    /** For {@link java.math.BigDecimal}: total digits, NUMERIC(precision, scale). */
    int precision() default 0;

    /** For {@link java.math.BigDecimal}: digits after the point. */
    int scale() default 0;

    /**
     * The column DEFAULT, written as the Java value's text ({@code "0"}, {@code "true"}, {@code "DRAFT"},
     * {@code "2024-01-01"}); it is parsed to the field's type when the model is read. Empty means: take
     * the field initializer.
     */
    String defaultValue() default "";

    /** Auto-increment (only meaningful on an integer primary key). */
    boolean autoIncrement() default false;
}
