// A user's module, compiled and run on the module path by ModulePathTest (which also compiles it without the
// models' opens line and expects the exception that names the line).
// tag::module-info[]
module com.example.notes {
    requires io.kakaorm.vertx;                         // the API: io.kakaorm, io.kakaorm.vertx (+ the Vert.x core)
    requires io.kakaorm.migrations;                    // Migrator, VersionedMigrator (only if you use them)

    opens com.example.notes.models to io.kakaorm.dsl;  // models: KakaORM reads and writes their fields
    opens com.example.notes to io.kakaorm.dsl;         // classes whose lambdas are queries, records projected into
}
// end::module-info[]
