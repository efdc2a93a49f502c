/** Opening a database: URL parsing, choosing the dialect and backend for the URL, owning the Vert.x instance. */
package io.kakaorm.vertx.internal.connect;
