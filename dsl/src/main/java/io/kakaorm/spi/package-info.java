/**
 * What the DSL needs from a runtime: {@link io.kakaorm.spi.ModelEngine} for model instances and
 * {@link io.kakaorm.spi.QueryExecutor} for queries. Applications do not call these directly.
 */
package io.kakaorm.spi;
