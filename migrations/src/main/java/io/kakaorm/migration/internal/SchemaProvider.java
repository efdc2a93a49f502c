package io.kakaorm.migration.internal;

import io.kakaorm.dialect.Dialect;

/**
 * One database as the migrations see it, found by {@link java.util.ServiceLoader} (one line in
 * {@code META-INF/services/io.kakaorm.migration.internal.SchemaProvider}).
 */
public interface SchemaProvider {
    /** The {@link Dialect#name() name} of the dialect whose schema this reads and changes. */
    String dialect();

    /** The schema support for a connection speaking {@code dialect}. */
    SchemaDialect open(Dialect dialect);
}
