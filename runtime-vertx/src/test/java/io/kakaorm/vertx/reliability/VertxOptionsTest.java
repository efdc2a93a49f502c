package io.kakaorm.vertx.reliability;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.mysqlclient.MySQLConnectOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Vert.x pool options and a driver-option customizer reach the real clients. */
@ExtendWith(TestDatabases.class)
class VertxOptionsTest {

    @Test
    void theCustomizerSetsADriverOptionKakaOrmHasNoNameFor() {
        ConnectOptions o = TestDatabases.options(TestDb.POSTGRES)
                .withPoolOptions(new PoolOptions().setName("kk-shared").setShared(true))
                .withCustomizer(c -> ((PgConnectOptions) c).addProperty("application_name", "kakaorm-custom"));
        Database db = await(KakaORM.connect(null, o));
        TestDatabases.register(db::close);
        assertEquals(
                "kakaorm-custom", await(db.fetchValue(String.class, "SELECT current_setting('application_name')")));
    }

    @Test
    void theMysqlCustomizerSeesMySqlOptions() {
        ConnectOptions o = TestDatabases.options(TestDb.MYSQL)
                .withCustomizer(c -> ((MySQLConnectOptions) c).setCollation("utf8mb4_bin"));
        Database db = await(KakaORM.connect(null, o));
        TestDatabases.register(db::close);
        assertEquals("utf8mb4_bin", await(db.fetchValue(String.class, "SELECT @@collation_connection")));
    }
}
