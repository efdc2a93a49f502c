/**
 * MySQL and MariaDB through vertx-mysql-client: the provider, backend factory, {@code max_statement_time}
 * limits and error facts.
 */
package io.kakaorm.vertx.internal.mysql;
