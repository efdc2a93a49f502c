/** SQLite: {@link io.kakaorm.dialect.sqlite.SqliteDialect} and its renderer, types and DDL. */
package io.kakaorm.dialect.sqlite;
