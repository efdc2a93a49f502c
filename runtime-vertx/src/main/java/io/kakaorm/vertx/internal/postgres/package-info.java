/** PostgreSQL through vertx-pg-client: its provider, backend factory, cancel-request timeouts and error facts. */
package io.kakaorm.vertx.internal.postgres;
