/** Running {@link io.kakaorm.Query} statements and raw SQL, and hydrating rows into models or projections. */
package io.kakaorm.vertx.internal.query;
