package io.kakaorm.dialect.sqlite;

import io.kakaorm.dialect.DialectFeatures;
import io.kakaorm.dialect.sql.SqlDialect;
import io.kakaorm.dialect.sql.SqlRenderer;
import io.kakaorm.dialect.sql.SqlWriter;
import java.util.Set;

/**
 * SQLite 3.35+ (through sqlite-jdbc): {@code ?} placeholders, INSERT … RETURNING, transactional
 * DDL, up to 32766 bind parameters. Thread-safe.
 */
public final class SqliteDialect extends SqlDialect {
    /** The dialect's name, declared here once. */
    public static final String NAME = "sqlite";
    /** How identifiers are quoted. */
    public static final char QUOTE = '"';

    private static final SqliteTypes TYPES = new SqliteTypes();

    /** What SQLite (3.39+: RETURNING since 3.35, RIGHT JOIN since 3.39) can do. */
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
            return 32766;
        }

        @Override
        public boolean rightJoin() {
            return true;
        }

        @Override
        public boolean ilike() {
            return false;
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
            return true;
        }
    };

    public SqliteDialect() {
        super(NAME, FEATURES, TYPES, new SqliteDdl(TYPES));
    }

    @Override
    public String referencingTables() {
        return "SELECT DISTINCT m.name AS t FROM sqlite_master m, pragma_foreign_key_list(m.name) p"
                + " WHERE m.type = 'table' AND p.\"table\" = ? AND m.name <> p.\"table\"";
    }

    /** Also known as {@code sqlite3}. */
    @Override
    public Set<String> aliases() {
        return Set.of("sqlite3");
    }

    @Override
    protected SqlRenderer renderer(SqlWriter writer, Object[] params) {
        return new SqliteRenderer(writer, params, 0, TYPES);
    }
}
