package io.kakaorm.maven;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Before the sample builds: a fresh, empty schema for the PostgreSQL sample. */
@ExtendWith(TestDatabases.class)
class PostgresSampleSetupIT {
    @Test
    void freshSchema() {
        Database db = SampleServers.postgresSample();
        await(db.execute("DROP SCHEMA IF EXISTS " + SampleServers.PG_SCHEMA + " CASCADE"));
        await(db.execute("CREATE SCHEMA " + SampleServers.PG_SCHEMA));
        // the sample starts from an existing, empty schema: its first migrate creates every table
        assertEquals(
                1L, count(db, "information_schema.schemata WHERE schema_name = '" + SampleServers.PG_SCHEMA + "'"));
        assertEquals(0L, count(db, "information_schema.tables WHERE table_schema = '" + SampleServers.PG_SCHEMA + "'"));
    }

    private static long count(Database db, String from) {
        return ((Number) SampleServers.value(db, "SELECT count(*) FROM " + from)).longValue();
    }
}
