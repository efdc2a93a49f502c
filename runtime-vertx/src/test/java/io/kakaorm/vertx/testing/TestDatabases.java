package io.kakaorm.vertx.testing;

import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.ConnectOptions.Kind;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.kakaorm.vertx.internal.DatabaseImpl;
import io.vertx.core.Future;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension giving each test fresh databases: a new schema on PostgreSQL ({@code search_path}
 * set through the connection's startup properties), a new database on MySQL/MariaDB, a new temporary
 * file on SQLite. Everything a test opened is closed and dropped after it.
 *
 * <pre>{@code
 * @ExtendWith(TestDatabases.class)
 * class CrudIT {
 *     @ParameterizedTest(name = "{0}") @EnumSource(TestDb.class)
 *     void saves(TestDb db) { Database d = TestDatabases.open(db); … }
 * }
 * }</pre>
 *
 * After each test it also checks that no transaction of an opened database was left open.
 *
 * <p>Server URLs come from {@code KAKAORM_PG_URL} / {@code KAKAORM_MYSQL_URL}, else Testcontainers when
 * Docker works, else the test is skipped — a failure under {@code KAKAORM_REQUIRE_DBS=1}.
 */
public final class TestDatabases implements AfterEachCallback {
    /** How long {@link #await(Future)} waits. */
    public static final long TIMEOUT_SECONDS = 30;

    private static final List<Runnable> CLEANUPS = new ArrayList<>();

    /** Opens a {@link Database} on a fresh, empty schema/database/file, closed and dropped after the test. */
    public static Database open(TestDb db) {
        Database d = await(KakaORM.connect(null, options(db)));
        register(() -> {
            int open = ((DatabaseImpl) d).openTransactions();
            d.close();
            if (open != 0) {
                throw new AssertionError(open + " transaction(s) of " + d + " still open after the test");
            }
        });
        return d;
    }

    /**
     * Options for a fresh, empty schema/database/file (dropped after the test), for tests that connect
     * themselves.
     */
    public static ConnectOptions options(TestDb db) {
        String name = "kk_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        switch (db) {
            case SQLITE -> {
                try {
                    Path dir = Files.createTempDirectory("kakaorm-test-");
                    Path file = dir.resolve(name + ".db");
                    register(() -> deleteTree(dir));
                    return ConnectOptions.sqliteFile(file.toString());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            case POSTGRES -> {
                ConnectOptions server = ConnectOptions.parse(Servers.url(db));
                admin(server, "CREATE SCHEMA " + name);
                register(() -> admin(server, "DROP SCHEMA IF EXISTS " + name + " CASCADE"));
                return server.withProperty("search_path", name);
            }
            case MYSQL -> {
                ConnectOptions server = ConnectOptions.parse(Servers.url(db));
                admin(server, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                register(() -> admin(server, "DROP DATABASE IF EXISTS " + name));
                return server.withDatabase(name);
            }
            default -> throw new IllegalArgumentException(String.valueOf(db));
        }
    }

    /**
     * Opens another connection with {@code options} (e.g. from {@link #options}: several clients of one fresh
     * database), closed after the test.
     */
    public static Database connect(ConnectOptions options) {
        Database d = await(KakaORM.connect(null, options));
        register(d::close);
        return d;
    }

    /** The URL a separate process (a CLI, a migrator process) uses to reach the database of {@code o}. */
    public static String url(ConnectOptions o) {
        String auth = o.user() + (o.password() == null || o.password().isEmpty() ? "" : ":" + o.password());
        if (o.kind().equals(Kind.SQLITE)) {
            return "sqlite:" + o.file();
        }
        if (o.kind().equals(Kind.POSTGRES)) {
            return "postgresql://" + auth + "@" + o.host() + ":" + o.port() + "/" + o.database() + "?search_path="
                    + o.properties().get("search_path");
        }
        return "mysql://" + auth + "@" + o.host() + ":" + o.port() + "/" + o.database();
    }

    /** Runs {@code cleanup} after the current test (in reverse registration order). */
    public static synchronized void register(Runnable cleanup) {
        CLEANUPS.add(cleanup);
    }

    /**
     * Waits for {@code f} (at most {@link #TIMEOUT_SECONDS}); returns its result or throws its failure
     * (unchecked failures as they are).
     */
    public static <T> T await(Future<T> f) {
        try {
            return f.toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        } catch (TimeoutException e) {
            throw new AssertionError("Future not completed within " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for {@code f} to fail and returns the failure; an AssertionError when it succeeds. */
    public static Throwable awaitFailure(Future<?> f) {
        try {
            Object v = await(f);
            throw new AssertionError("expected a failure, got " + v);
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static void admin(ConnectOptions server, String sql) {
        try (Database d = await(KakaORM.connect(null, server.withMaxSize(1)))) {
            await(d.execute(sql));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<Runnable> todo;
        synchronized (TestDatabases.class) {
            todo = new ArrayList<>(CLEANUPS);
            CLEANUPS.clear();
        }
        RuntimeException first = null;
        for (int i = todo.size() - 1; i >= 0; i--) {
            try {
                todo.get(i).run();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
