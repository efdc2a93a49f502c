package io.kakaorm.maven;

import io.kakaorm.Row;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of the sample builds, through the runtime test-jar's resolution ({@link TestDatabases}):
 * the invoker passes {@code KAKAORM_PG_URL} to the PostgreSQL sample, so without it that sample is not built
 * and its setup and check are skipped (a failure under {@code KAKAORM_REQUIRE_DBS=1}).
 */
final class SampleServers {
    /** The fixed schema the PostgreSQL sample's pom names in its URL. */
    static final String PG_SCHEMA = "kkmig_plugin_it";

    private SampleServers() {}

    /** A connection (closed after the test) to the PostgreSQL sample's schema on the resolved server. */
    static Database postgresSample() {
        if (System.getenv("KAKAORM_PG_URL") == null && !"1".equals(System.getenv("KAKAORM_REQUIRE_DBS"))) {
            Assumptions.abort("KAKAORM_PG_URL is unset: the PostgreSQL sample build is skipped");
        }
        ConnectOptions server =
                TestDatabases.options(TestDb.POSTGRES); // a scratch schema there, dropped after the test
        return TestDatabases.connect(server.withProperty("search_path", PG_SCHEMA));
    }

    /** The first column of the first row of {@code sql}, or {@code null}. */
    static Object value(Database db, String sql) {
        List<Row> rows = TestDatabases.await(db.fetch(sql));
        return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
    }
}
