package io.kakaorm.migration.internal;

import io.kakaorm.dialect.Dialect;

/**
 * One database as the migrations see it, found by {@link java.util.ServiceLoader} (one line in
 * {@code META-INF/services/io.kakaorm.migration.internal.SchemaProvider}).
 */
public interface SchemaProvider {
    /** Whether this reads and changes the schema of databases speaking {@code dialect} (asked of the object, not its name). */
    boolean supports(Dialect dialect);

    /** The schema support for a connection speaking {@code dialect}. */
    SchemaDialect open(Dialect dialect);
}
