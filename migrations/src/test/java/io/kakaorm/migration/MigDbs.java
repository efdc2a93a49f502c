package io.kakaorm.migration;

import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fresh kkmig_* schemas (PostgreSQL), databases (MariaDB) and files (SQLite) per test, on one shared
 * Vert.x instance, dropped after the test. Connections it opens for a test are closed after it.
 */
public final class MigDbs implements AfterEachCallback {
    static final Vertx VERTX = Vertx.vertx();
    private static final List<Runnable> CLEANUPS = new ArrayList<>();

    /** Options of a fresh, empty place to migrate, dropped after the test. */
    public static ConnectOptions fresh(TestDb db) {
        String name = "kkmig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        try {
            switch (db) {
                case SQLITE -> {
                    Path dir = Files.createTempDirectory("kkmig-");
                    register(() -> deleteTree(dir));
                    return ConnectOptions.sqliteFile(dir.resolve(name + ".db").toString());
                }
                case POSTGRES -> {
                    ConnectOptions server = server("KAKAORM_PG_URL");
                    admin(server, "CREATE SCHEMA " + name);
                    register(() -> admin(server, "DROP SCHEMA IF EXISTS " + name + " CASCADE"));
                    return server.withProperty("search_path", name);
                }
                default -> {
                    ConnectOptions server = server("KAKAORM_MYSQL_URL");
                    admin(server, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                    register(() -> admin(server, "DROP DATABASE IF EXISTS " + name));
                    return server.withDatabase(name);
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection to a fresh place (see {@link #fresh}), closed after the test. */
    public static Database open(TestDb db) {
        return connect(fresh(db));
    }

    /** A connection with {@code options}, closed after the test. */
    public static Database connect(ConnectOptions options) {
        Database d = TestDatabases.await(KakaORM.connect(VERTX, options));
        register(() -> TestDatabases.await(d.disconnect()));
        return d;
    }

    /** The URL a separate process uses for {@code options}' server, schema or database. */
    public static String url(TestDb db, ConnectOptions o) {
        return switch (db) {
            case SQLITE -> "sqlite:" + o.file();
            case POSTGRES -> "postgresql://" + o.user() + (o.password() == null || o.password().isEmpty() ? "" : ":" + o.password())
                    + "@" + o.host() + ":" + o.port() + "/" + o.database() + "?search_path=" + o.properties().get("search_path");
            case MYSQL -> "mysql://" + o.user() + (o.password() == null || o.password().isEmpty() ? "" : ":" + o.password())
                    + "@" + o.host() + ":" + o.port() + "/" + o.database();
        };
    }

    static ConnectOptions server(String env) {
        String url = System.getenv(env);
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("KAKAORM_REQUIRE_DBS"))) {
                Assertions.fail(env + " is unset (KAKAORM_REQUIRE_DBS=1)");
            }
            Assumptions.abort(env + " is unset");
        }
        ConnectOptions o = ConnectOptions.parse(url);
        if (o.password() == null) { // the pool wants a password, even an empty one
            o = o.kind() == ConnectOptions.Kind.POSTGRES
                    ? ConnectOptions.postgres(o.host(), o.port(), o.database(), o.user(), "")
                    : ConnectOptions.mysql(o.host(), o.port(), o.database(), o.user(), "");
        }
        return o;
    }

    private static void admin(ConnectOptions server, String sql) {
        Database d = TestDatabases.await(KakaORM.connect(VERTX, server.withMaxSize(1)));
        try {
            TestDatabases.await(d.execute(sql));
        } finally {
            TestDatabases.await(d.disconnect());
        }
    }

    public static synchronized void register(Runnable r) {
        CLEANUPS.add(r);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<Runnable> todo;
        synchronized (MigDbs.class) {
            todo = new ArrayList<>(CLEANUPS);
            CLEANUPS.clear();
        }
        for (int i = todo.size() - 1; i >= 0; i--) {
            try {
                todo.get(i).run();
            } catch (RuntimeException e) {
                System.err.println("cleanup failed: " + e);
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
