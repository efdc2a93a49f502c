package io.kakaorm.dialect.mysql;

import io.kakaorm.dialect.DialectFeatures;
import io.kakaorm.dialect.sql.SqlDialect;
import io.kakaorm.dialect.sql.SqlRenderer;
import io.kakaorm.dialect.sql.SqlWriter;
import java.util.Set;

/**
 * MySQL and MariaDB (through vertx-mysql-client): {@code ?} placeholders, last-insert-id instead of
 * RETURNING, non-transactional DDL, no ILIKE. Thread-safe.
 */
public final class MySqlDialect extends SqlDialect {
    /** MariaDB's binary collation without trailing-space padding: {@code 'a' <> 'a '}, as in Java. */
    public static final String MARIADB_COLLATION = "utf8mb4_nopad_bin";
    /** MySQL 8's binary, no-pad collation. */
    public static final String MYSQL8_COLLATION = "utf8mb4_0900_bin";
    /** The dialect's name, declared here once. */
    public static final String NAME = "mysql";
    /** How identifiers are quoted. */
    public static final char QUOTE = '`';

    private static final MySqlTypes TYPES = new MySqlTypes();

    /** What MySQL and MariaDB can do. */
    private static final DialectFeatures FEATURES = new DialectFeatures() {
        @Override
        public boolean returning() {
            return false;
        }

        @Override
        public boolean transactionalDdl() {
            return false;
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
            return false;
        }

        @Override
        public boolean backslashEscapes() {
            return true;
        }

        @Override
        public boolean supplementaryIdentifiers() {
            return false;
        }

        @Override
        public boolean consecutiveInsertKeys() {
            return false;
        }
    };

    /** The dialect for MariaDB (tables in {@value #MARIADB_COLLATION}). */
    public MySqlDialect() {
        this(MARIADB_COLLATION);
    }

    @Override
    public String referencingTables() {
        return "SELECT DISTINCT TABLE_NAME AS t FROM information_schema.KEY_COLUMN_USAGE"
                + " WHERE REFERENCED_TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME = ? AND TABLE_NAME <> REFERENCED_TABLE_NAME";
    }

    /** The dialect with tables created in {@code collation} (a binary utf8mb4 one keeps Java's string semantics). */
    public MySqlDialect(String collation) {
        super(NAME, FEATURES, TYPES, new MySqlDdl(TYPES, collation));
        this.collation = collation;
    }

    private final String collation;

    /** Also known as {@code mariadb}. */
    @Override
    public Set<String> aliases() {
        return Set.of("mariadb");
    }

    @Override
    protected SqlRenderer renderer(SqlWriter writer, Object[] params) {
        return new MySqlRenderer(writer, params, 0, TYPES, collation);
    }
}
