package io.kakaorm.dialect.sqlite;

import io.kakaorm.dialect.sql.SqlDdl;
import io.kakaorm.dialect.sql.SqlSyntax;
import io.kakaorm.meta.ColumnMeta;

/** SQLite DDL: {@code INTEGER PRIMARY KEY AUTOINCREMENT} keys (a rowid alias); indexes as separate statements. */
final class SqliteDdl extends SqlDdl {

    SqliteDdl(SqliteTypes types) {
        super(types);
    }

    @Override
    protected String quote(String identifier) {
        return SqlSyntax.quote(identifier, SqliteDialect.QUOTE);
    }

    @Override
    protected String autoIncrementColumn(ColumnMeta c) {
        return "INTEGER PRIMARY KEY AUTOINCREMENT";
    }
}
