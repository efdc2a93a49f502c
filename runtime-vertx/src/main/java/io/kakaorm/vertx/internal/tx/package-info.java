/** Transactions: which transaction the calling Vert.x context is in, nesting as savepoints. */
package io.kakaorm.vertx.internal.tx;
