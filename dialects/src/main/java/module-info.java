/**
 * The SQL of each database, exported only to the sibling KakaORM modules (nothing here is API). A database
 * adds its {@link io.kakaorm.dialect.Dialect} with one {@code provides} line here and one line in
 * {@code META-INF/services/io.kakaorm.dialect.Dialect} (for the class path).
 */
module io.kakaorm.dialects {
    requires io.kakaorm.dsl;
    requires io.vertx.sql.client;
    requires java.sql;
    requires static org.xerial.sqlitejdbc;

    exports io.kakaorm.dialect to io.kakaorm.vertx, io.kakaorm.migrations;
    exports io.kakaorm.dialect.ddl to io.kakaorm.vertx, io.kakaorm.migrations;
    exports io.kakaorm.dialect.sql to io.kakaorm.vertx, io.kakaorm.migrations;
    exports io.kakaorm.dialect.postgres to io.kakaorm.vertx, io.kakaorm.migrations;
    exports io.kakaorm.dialect.mysql to io.kakaorm.vertx, io.kakaorm.migrations;
    exports io.kakaorm.dialect.sqlite to io.kakaorm.vertx, io.kakaorm.migrations;

    uses io.kakaorm.dialect.Dialect;
    provides io.kakaorm.dialect.Dialect with // the order of Dialects.all(): sqlite, postgres, mysql
            io.kakaorm.dialect.sqlite.SqliteDialect,
            io.kakaorm.dialect.postgres.PostgresDialect,
            io.kakaorm.dialect.mysql.MySqlDialect;
}
