/**
 * The public DSL: {@link io.kakaorm.Model} and its annotations, the lambda interfaces
 * {@link io.kakaorm.Filter} and {@link io.kakaorm.Selector}, the {@link io.kakaorm.Sql} markers, the
 * query builder {@link io.kakaorm.Query} (the seed's QuerySet) with {@link io.kakaorm.ProjectedQuery},
 * {@link io.kakaorm.Aggregation} and {@link io.kakaorm.Changes}, {@link io.kakaorm.Row}, and the
 * exceptions.
 */
package io.kakaorm;
