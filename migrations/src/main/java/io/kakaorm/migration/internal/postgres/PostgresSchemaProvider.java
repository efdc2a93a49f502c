package io.kakaorm.migration.internal.postgres;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.postgres.PostgresDialect;
import io.kakaorm.migration.internal.SchemaDialect;
import io.kakaorm.migration.internal.SchemaProvider;

/** Migrations on PostgreSQL: reading its schema and writing its DDL. */
public final class PostgresSchemaProvider implements SchemaProvider {
    @Override
    public boolean supports(Dialect dialect) {
        return dialect instanceof PostgresDialect;
    }

    @Override
    public SchemaDialect open(Dialect dialect) {
        return new PostgresSchema(dialect);
    }
}
