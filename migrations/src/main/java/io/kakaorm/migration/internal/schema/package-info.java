/**
 * The diff: {@link io.kakaorm.migration.internal.schema.SchemaSnapshot}s of tables (read from a database or
 * built from models), the {@link io.kakaorm.migration.internal.schema.Change}s that turn one into the other, and
 * {@link io.kakaorm.migration.internal.schema.Views}, which shows both through the API's read-only views. Not API.
 */
package io.kakaorm.migration.internal.schema;
