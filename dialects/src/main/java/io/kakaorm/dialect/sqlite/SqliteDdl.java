package io.kakaorm.dialect.sqlite;

import io.kakaorm.dialect.ddl.ColumnDef;
import io.kakaorm.dialect.ddl.TableDdl;

/**
 * SQLite DDL: {@code INTEGER PRIMARY KEY AUTOINCREMENT} keys (a rowid alias); indexes as separate
 * statements; a UNIQUE constraint read back under SQLite's own autoindex name is written unnamed (SQLite
 * reserves {@code sqlite_} names and makes that index again itself).
 */
final class SqliteDdl extends TableDdl {
    private static final String RESERVED = "sqlite_";

    SqliteDdl(SqliteTypes types) {
        super(types, SqliteDialect.QUOTE);
    }

    @Override
    protected String autoIncrementColumn(ColumnDef c, boolean soleKey) {
        return soleKey ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "INTEGER" + (c.nullable() ? "" : " NOT NULL");
    }

    @Override
    public String constraint(String name) {
        return name != null && name.startsWith(RESERVED) ? "" : super.constraint(name);
    }
}
