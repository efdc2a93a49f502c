package io.kakaorm.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Before the sample builds: a fresh schema for the PostgreSQL sample. */
class PostgresSampleSetupIT {
    @Test
    void freshSchema() throws Exception {
        SampleDbs.admin("DROP SCHEMA IF EXISTS kkmig_plugin_it CASCADE");
        SampleDbs.admin("CREATE SCHEMA kkmig_plugin_it");
        // the sample starts from an existing, empty schema: its first migrate creates every table
        assertEquals(1L, count("information_schema.schemata WHERE schema_name = 'kkmig_plugin_it'"));
        assertEquals(0L, count("information_schema.tables WHERE table_schema = 'kkmig_plugin_it'"));
    }

    private static long count(String from) throws Exception {
        return ((Number) SampleDbs.value(SampleDbs.pgUrl(), "SELECT count(*) FROM " + from)).longValue();
    }
}
