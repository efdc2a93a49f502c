package io.kakaorm.meta;

import io.kakaorm.OnDelete;

/**
 * A foreign key from one column to the primary key of another model's table.
 *
 * @param target       the referenced model class
 * @param targetTable  the referenced table
 * @param targetColumn the referenced (primary-key) column
 * @param onDelete     the ON DELETE action
 */
public record ForeignKeyMeta(Class<?> target, String targetTable, String targetColumn, OnDelete onDelete) {}
