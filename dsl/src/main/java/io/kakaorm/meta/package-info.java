/**
 * Model metadata: {@link io.kakaorm.meta.ModelMeta#of(Class)} reads a model class once (cached per class)
 * into its table, {@link io.kakaorm.meta.ColumnMeta columns}, primary key, indexes and foreign keys, and
 * gives {@link io.kakaorm.meta.FieldAccessor}s that read and write fields without reflection on the hot
 * path. Used by the decoder, the dialects, the runtime and the migrations; immutable and thread-safe.
 */
package io.kakaorm.meta;
