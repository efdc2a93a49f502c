package io.kakaorm.samples.readme;

import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;

/** The README's connection section; the URLs are parsed by the tests. */
public final class ConnectionExamples {
    private ConnectionExamples() {}

    // tag::urls[]
    public static final List<String> URLS = List.of(
            "sqlite::memory:",                                        // one in-memory database per Database
            "sqlite:./dev.db",                                        // a file (also sqlite:///./dev.db)
            "postgresql://user:password@localhost:5432/dbname",
            "mysql://user:password@localhost:3306/dbname?maxSize=8", // pool size as a query parameter
            "mariadb://user:password@localhost/dbname?connectTimeout=5000");
    // end::urls[]

    /** Connects on an application's own Vert.x instance (left open when the Database closes). */
    public static Future<Database> onVertx(Vertx vertx, String url) {
        // tag::connect[]
        Future<Database> db = KakaORM.connect(vertx, url);             // in a verticle: compose on it
        // end::connect[]
        return db;
    }

    /** The options object form. */
    public static ConnectOptions options() {
        // tag::options[]
        return ConnectOptions.postgres("localhost", 5432, "app", "app", System.getenv("APP_DB_PASSWORD"))
                .withMaxSize(16)
                .withConnectTimeout(5_000);
        // end::options[]
    }
}
