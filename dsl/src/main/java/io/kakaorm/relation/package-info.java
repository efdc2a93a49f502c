/**
 * Relations between models: {@link io.kakaorm.relation.BelongsTo}, {@link io.kakaorm.relation.HasMany}
 * and {@link io.kakaorm.relation.HasOne} holders declared as final fields of a model, loaded lazily
 * ({@code load()}) or for a whole result at once ({@code Query.prefetch}). Holder fields are never
 * columns.
 */
package io.kakaorm.relation;
