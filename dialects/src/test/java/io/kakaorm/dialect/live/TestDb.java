package io.kakaorm.dialect.live;

import io.kakaorm.dialect.Dialects;
import org.junit.jupiter.api.Assumptions;

/** The databases the live tests run on; URLs from {@code KAKAORM_PG_URL} / {@code KAKAORM_MYSQL_URL}. */
public enum TestDb {
    SQLITE,
    POSTGRES,
    MYSQL;

    /** A fresh private database; the test is skipped (failed under {@code KAKAORM_REQUIRE_DBS=1}) without a URL. */
    public LiveDb open() {
        return switch (this) {
            case SQLITE -> new SqliteLive(Dialects.forName("sqlite"));
            case POSTGRES -> new VertxLive.Pg(Dialects.forName("postgres"), url("KAKAORM_PG_URL"));
            case MYSQL -> new VertxLive.My(Dialects.forName("mysql"), url("KAKAORM_MYSQL_URL"));
        };
    }

    private String url(String variable) {
        String url = System.getenv(variable);
        if (url == null || url.isBlank()) {
            String why = "no " + (this == POSTGRES ? "PostgreSQL" : "MySQL/MariaDB") + ": " + variable + " is not set";
            if ("1".equals(System.getenv("KAKAORM_REQUIRE_DBS"))) {
                throw new IllegalStateException(why + " and KAKAORM_REQUIRE_DBS=1");
            }
            Assumptions.abort(why);
        }
        return url;
    }

    /** A name no other test or helper uses at the same time. */
    static String uniqueName() {
        return "kd_" + Long.toHexString(System.nanoTime()) + "_" + (int) (Math.random() * 1000);
    }
}
