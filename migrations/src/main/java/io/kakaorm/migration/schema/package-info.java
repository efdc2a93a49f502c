/**
 * What a user reads of the migrator's schema model, and the hints it takes: {@link io.kakaorm.migration.schema.Schema}
 * and {@link io.kakaorm.migration.schema.Table} (a live schema as read), {@link io.kakaorm.migration.schema.SchemaChange}
 * (a step of a plan with its SQL) and {@link io.kakaorm.migration.schema.Renames} (rename hints). Values only;
 * the diff itself and the SQL of each database live inside the migrator.
 */
package io.kakaorm.migration.schema;
