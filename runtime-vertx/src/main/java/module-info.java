/**
 * KakaORM on Vert.x: {@link io.kakaorm.vertx.KakaORM} connects, a {@link io.kakaorm.vertx.Database} runs
 * queries and writes, {@code io.kakaorm.vertx.observe} reports statements. Requires the dsl transitively, so
 * {@code requires io.kakaorm.vertx;} gives a user's module the whole API. The database drivers are optional
 * ({@code requires static}): the jar of the one used is put on the module path, and the service it provides
 * ({@code java.sql.Driver}, {@code io.vertx.sqlclient.spi.Driver}) brings it into the module graph.
 */
module io.kakaorm.vertx {
    requires transitive io.kakaorm.dsl;
    requires transitive io.vertx.core;
    requires transitive io.vertx.sql.client;
    requires io.kakaorm.dialects;
    requires java.sql;
    requires io.netty.codec; // DecoderException: a TLS failure on connect
    requires static io.vertx.sql.client.pg;
    requires static io.vertx.sql.client.mysql;
    requires static org.xerial.sqlitejdbc;

    exports io.kakaorm.vertx;
    exports io.kakaorm.vertx.observe;
    exports io.kakaorm.vertx.spi to io.kakaorm.migrations;

    uses io.kakaorm.vertx.internal.connect.BackendProvider;
    provides io.kakaorm.vertx.internal.connect.BackendProvider with
            io.kakaorm.vertx.internal.postgres.PgBackendProvider,
            io.kakaorm.vertx.internal.mysql.MySqlBackendProvider,
            io.kakaorm.vertx.internal.sqlite.SqliteBackendProvider;
}
