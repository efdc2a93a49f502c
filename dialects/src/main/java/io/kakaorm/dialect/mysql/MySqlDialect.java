package io.kakaorm.dialect.mysql;

import io.kakaorm.dialect.DialectFeatures;
import io.kakaorm.dialect.sql.SqlDialect;
import io.kakaorm.dialect.sql.SqlRenderer;
import io.kakaorm.dialect.sql.SqlWriter;

/**
 * MySQL and MariaDB (through vertx-mysql-client): {@code ?} placeholders, last-insert-id instead of
 * RETURNING, non-transactional DDL, no ILIKE. Thread-safe.
 */
public final class MySqlDialect extends SqlDialect {
    /** MariaDB's binary collation without trailing-space padding: {@code 'a' <> 'a '}, as in Java. */
    public static final String MARIADB_COLLATION = "utf8mb4_nopad_bin";
    /** MySQL 8's binary, no-pad collation. */
    public static final String MYSQL8_COLLATION = "utf8mb4_0900_bin";
    private static final MySqlTypes TYPES = new MySqlTypes();

    /** The dialect for MariaDB (tables in {@value #MARIADB_COLLATION}). */
    public MySqlDialect() {
        this(MARIADB_COLLATION);
    }

    /** The dialect with tables created in {@code collation} (a binary utf8mb4 one keeps Java's string semantics). */
    public MySqlDialect(String collation) {
        super("mysql", new DialectFeatures(/* returning */ false, /* transactionalDdl */ false,
                /* maxBindParams */ 65535, /* rightJoin */ true, /* ilike */ false), TYPES, new MySqlDdl(TYPES, collation));
    }

    @Override
    protected SqlRenderer renderer(SqlWriter writer, Object[] params) {
        return new MySqlRenderer(writer, params, 0, TYPES);
    }
}
