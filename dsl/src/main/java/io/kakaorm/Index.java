package io.kakaorm;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index over one or more fields of a model, declared in {@link Table#indexes()}.
 * Fields are named by their Java field name; the index name defaults to
 * {@code idx_<table>_<col1>_<col2>}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Index {
    /** Java field names, in index order. */
    String[] value();

    /** Whether the index is UNIQUE. */
    boolean unique() default false;

    /** Explicit index name; empty means {@code idx_<table>_<columns>}. */
    String name() default "";
}
