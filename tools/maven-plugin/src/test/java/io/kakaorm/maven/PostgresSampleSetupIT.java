package io.kakaorm.maven;

import org.junit.jupiter.api.Test;

/** Before the sample builds: a fresh schema for the PostgreSQL sample. */
class PostgresSampleSetupIT {
    @Test
    void freshSchema() throws Exception {
        SampleDbs.admin("DROP SCHEMA IF EXISTS kkmig_plugin_it CASCADE");
        SampleDbs.admin("CREATE SCHEMA kkmig_plugin_it");
    }
}
