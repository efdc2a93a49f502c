/** Writing models: the INSERT/UPDATE/DELETE statements per model, hooks, validation and auto timestamps. */
package io.kakaorm.vertx.internal.write;
