/**
 * The schema model the migrator diffs: {@link io.kakaorm.migration.schema.SchemaSnapshot} of tables as read
 * from a database or built from models, and the {@link io.kakaorm.migration.schema.Change} records that turn one
 * into the other. Values only; SQL for a change is written per database inside the migrator.
 */
package io.kakaorm.migration.schema;
