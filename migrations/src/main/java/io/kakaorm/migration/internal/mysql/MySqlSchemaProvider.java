package io.kakaorm.migration.internal.mysql;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.mysql.MySqlDialect;
import io.kakaorm.migration.internal.SchemaDialect;
import io.kakaorm.migration.internal.SchemaProvider;

/** Migrations on MySQL and MariaDB: reading its schema and writing its DDL. */
public final class MySqlSchemaProvider implements SchemaProvider {
    @Override
    public boolean supports(Dialect dialect) {
        return dialect instanceof MySqlDialect;
    }

    @Override
    public SchemaDialect open(Dialect dialect) {
        return new MySqlSchema(dialect);
    }
}
