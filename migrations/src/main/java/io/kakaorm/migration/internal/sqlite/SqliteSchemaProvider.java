package io.kakaorm.migration.internal.sqlite;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.sqlite.SqliteDialect;
import io.kakaorm.migration.internal.SchemaDialect;
import io.kakaorm.migration.internal.SchemaProvider;

/** Migrations on SQLite: reading its schema and writing its DDL. */
public final class SqliteSchemaProvider implements SchemaProvider {
    @Override
    public boolean supports(Dialect dialect) {
        return dialect instanceof SqliteDialect;
    }

    @Override
    public SchemaDialect open(Dialect dialect) {
        return new SqliteSchema(dialect);
    }
}
