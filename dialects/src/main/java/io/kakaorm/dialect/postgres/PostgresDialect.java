package io.kakaorm.dialect.postgres;

import io.kakaorm.dialect.DialectFeatures;
import io.kakaorm.dialect.sql.RawSql;
import io.kakaorm.dialect.sql.SqlDialect;
import io.kakaorm.dialect.sql.SqlRenderer;
import io.kakaorm.dialect.sql.SqlWriter;
import java.util.Set;

/**
 * PostgreSQL (through vertx-pg-client): {@code $n} placeholders, INSERT … RETURNING, transactional
 * DDL, native ILIKE, up to 65535 bind parameters. Thread-safe.
 */
public final class PostgresDialect extends SqlDialect {
    /** The dialect's name, declared here once. */
    public static final String NAME = "postgres";
    /** How identifiers are quoted. */
    public static final char QUOTE = '"';

    private static final PostgresTypes TYPES = new PostgresTypes();

    /** What PostgreSQL can do. */
    private static final DialectFeatures FEATURES = new DialectFeatures() {
        @Override
        public boolean returning() {
            return true;
        }

        @Override
        public boolean transactionalDdl() {
            return true;
        }

        @Override
        public int maxBindParams() {
            return 65535;
        }

        @Override
        public boolean rightJoin() {
            return true;
        }

        @Override
        public boolean ilike() {
            return true;
        }

        @Override
        public boolean backslashEscapes() {
            return false;
        }

        @Override
        public boolean supplementaryIdentifiers() {
            return true;
        }

        @Override
        public boolean consecutiveInsertKeys() {
            return false;
        }
    };

    public PostgresDialect() {
        super(NAME, FEATURES, TYPES, new PostgresDdl(TYPES));
    }

    @Override
    public String referencingTables() {
        return "SELECT DISTINCT c.conrelid::regclass::text AS t FROM pg_constraint c"
                + " WHERE c.contype = 'f' AND c.confrelid = to_regclass(quote_ident(?)) AND c.conrelid <> c.confrelid";
    }

    /** Also known as {@code postgresql} and {@code pg}. */
    @Override
    public Set<String> aliases() {
        return Set.of("postgresql", "pg");
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
