/** The SQLite backend: sqlite-jdbc on Vert.x worker threads, one ordered writer, WAL readers. */
package io.kakaorm.vertx.internal.sqlite;
