package io.kakaorm.maven;

import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;

/** Blocking helpers over a short-lived connection for the sample checks. */
final class SampleDbs {
    private SampleDbs() {
    }

    static String pgUrl() {
        String url = System.getenv("KAKAORM_PG_URL");
        if (url == null) {
            String why = "KAKAORM_PG_URL is unset: the PostgreSQL sample build is skipped";
            if ("1".equals(System.getenv("KAKAORM_REQUIRE_DBS"))) {
                throw new AssertionError(why + ", but KAKAORM_REQUIRE_DBS=1 requires it");
            }
            org.junit.jupiter.api.Assumptions.abort(why);
        }
        return url;
    }

    static ConnectOptions options(String url) {
        ConnectOptions o = ConnectOptions.parse(url);
        if (o.password() != null || o.kind() == ConnectOptions.Kind.SQLITE) {
            return o;
        }
        ConnectOptions base = ConnectOptions.postgres(o.host(), o.port(), o.database(), o.user(), "");
        for (var e : o.properties().entrySet()) {
            base = base.withProperty(e.getKey(), e.getValue());
        }
        return base;
    }

    static void admin(String sql) throws Exception {
        value(pgUrl(), sql);
    }

    static Object value(String url, String sql) throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            Database db = KakaORM.connect(vertx, options(url)).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            try {
                return db.fetch(sql).map(rows -> rows.isEmpty() ? null : rows.get(0).values().iterator().next())
                        .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            } finally {
                db.disconnect().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
        } finally {
            vertx.close();
        }
    }
}
