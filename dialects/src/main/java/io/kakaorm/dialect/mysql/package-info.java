/** MySQL and MariaDB: {@link io.kakaorm.dialect.mysql.MySqlDialect} and its renderer, types and DDL. */
package io.kakaorm.dialect.mysql;
