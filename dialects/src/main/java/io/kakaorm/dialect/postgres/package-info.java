/** PostgreSQL: {@link io.kakaorm.dialect.postgres.PostgresDialect} and its renderer, types and DDL. */
package io.kakaorm.dialect.postgres;
