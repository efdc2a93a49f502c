/** Backends over Vert.x SQL client pools: PostgreSQL (vertx-pg-client) and MySQL/MariaDB (vertx-mysql-client). */
package io.kakaorm.vertx.internal.pool;
