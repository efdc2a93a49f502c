package io.kakaorm.dialect.sqlite;

import io.kakaorm.dialect.DialectFeatures;
import io.kakaorm.dialect.sql.SqlDialect;
import io.kakaorm.dialect.sql.SqlRenderer;
import io.kakaorm.dialect.sql.SqlWriter;

/**
 * SQLite 3.35+ (through sqlite-jdbc): {@code ?} placeholders, INSERT … RETURNING, transactional
 * DDL, up to 32766 bind parameters. Thread-safe.
 */
public final class SqliteDialect extends SqlDialect {
    private static final SqliteTypes TYPES = new SqliteTypes();

    public SqliteDialect() {
        super("sqlite", new DialectFeatures(/* returning (3.35+) */ true, /* transactionalDdl */ true,
                /* maxBindParams */ 32766, /* rightJoin (3.39+) */ true, /* ilike */ false), TYPES, new SqliteDdl(TYPES));
    }

    @Override
    protected SqlRenderer renderer(SqlWriter writer, Object[] params) {
        return new SqliteRenderer(writer, params, 0, TYPES);
    }
}
