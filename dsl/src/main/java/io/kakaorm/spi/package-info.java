/**
 * What the DSL needs from a runtime, and what a runtime may do to the API's objects:
 * {@link io.kakaorm.spi.ModelEngine} for model instances, {@link io.kakaorm.spi.QueryExecutor} for queries,
 * {@link io.kakaorm.spi.ModelState} (a model's engine, snapshot and hooks) and
 * {@link io.kakaorm.spi.QueryAccess} (a query on an executor, its statement). Exported only to the sibling
 * modules; applications do not call these.
 */
package io.kakaorm.spi;
