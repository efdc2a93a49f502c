/**
 * KakaORM migrations: {@link io.kakaorm.migration.Migrator} (plan and apply the difference between the models
 * and a live schema), {@link io.kakaorm.migration.VersionedMigrator} (migration files) and
 * {@link io.kakaorm.migration.MigrationCommands} (what the CLI and the Maven plugin run). A database adds its
 * schema support with one {@code provides} line here and one line in
 * {@code META-INF/services/io.kakaorm.migration.internal.SchemaProvider}.
 */
module io.kakaorm.migrations {
    requires transitive io.kakaorm.vertx;
    requires io.kakaorm.dialects;

    exports io.kakaorm.migration;
    exports io.kakaorm.migration.schema;

    uses io.kakaorm.migration.internal.SchemaProvider;
    provides io.kakaorm.migration.internal.SchemaProvider with
            io.kakaorm.migration.internal.postgres.PostgresSchemaProvider,
            io.kakaorm.migration.internal.mysql.MySqlSchemaProvider,
            io.kakaorm.migration.internal.sqlite.SqliteSchemaProvider;
}
