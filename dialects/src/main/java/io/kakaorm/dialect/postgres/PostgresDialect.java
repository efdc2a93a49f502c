package io.kakaorm.dialect.postgres;

import io.kakaorm.dialect.DialectFeatures;
import io.kakaorm.dialect.sql.RawSql;
import io.kakaorm.dialect.sql.SqlDialect;
import io.kakaorm.dialect.sql.SqlRenderer;
import io.kakaorm.dialect.sql.SqlWriter;

/**
 * PostgreSQL (through vertx-pg-client): {@code $n} placeholders, INSERT … RETURNING, transactional
 * DDL, native ILIKE, up to 65535 bind parameters. Thread-safe.
 */
public final class PostgresDialect extends SqlDialect {
    private static final PostgresTypes TYPES = new PostgresTypes();

    public PostgresDialect() {
        super("postgres", new DialectFeatures(/* returning */ true, /* transactionalDdl */ true,
                /* maxBindParams */ 65535, /* rightJoin */ true, /* ilike */ true), TYPES, new PostgresDdl(TYPES));
    }

    @Override
    protected SqlRenderer renderer(SqlWriter writer, Object[] params) {
        return new PostgresRenderer(writer, params, 0, TYPES);
    }

    @Override
    public String placeholders(String sqlWithQuestionMarks) {
        return RawSql.numbered(sqlWithQuestionMarks, "$");
    }

    @Override
    public boolean arrayParameters() {
        return true;
    }
}
