/**
 * Migrations: {@link io.kakaorm.migration.Migrator} diffs models against the live schema and plans the DDL;
 * {@link io.kakaorm.migration.VersionedMigrator} writes numbered SQL files, applies them once each under a
 * lock, records them with checksums in {@code kakaorm_migrations}, and rolls them back.
 */
package io.kakaorm.migration;
