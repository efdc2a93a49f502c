package io.kakaorm.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkippedDatabasesReportTest {
    @Test
    void aSkipReasonIsAttributedToItsDatabase_otherSkipsAreNot() {
        assertEquals("PostgreSQL", SkippedDatabasesReport.database("no POSTGRES: KAKAORM_PG_URL is not set"));
        assertEquals("MySQL/MariaDB", SkippedDatabasesReport.database("no MySQL/MariaDB: KAKAORM_MYSQL_URL is unset"));
        assertNull(SkippedDatabasesReport.database("no PostgreSQL binaries".replace("PostgreSQL", "initdb")));
        assertNull(SkippedDatabasesReport.database(null));
    }

    @Test
    void theLineCountsPerDatabaseAndSaysHowToRunThem() {
        Map<String, Integer> counts = new LinkedHashMap<>(Map.of("PostgreSQL", 3));
        String line =
                SkippedDatabasesReport.line("dialects", counts, Map.of("PostgreSQL", "KAKAORM_PG_URL is not set"));
        assertEquals(
                "[kakaorm] dialects: 3 tests SKIPPED without a database server: PostgreSQL ×3 (KAKAORM_PG_URL is"
                        + " not set). Set KAKAORM_PG_URL / KAKAORM_MYSQL_URL to run them, KAKAORM_REQUIRE_DBS=1 to fail instead.",
                line);
    }
}
