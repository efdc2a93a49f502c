package io.kakaorm.vertx.reliability;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server for one test: {@code mariadb-install-db} in {@code /tmp/kk_ops_mariadb_*}, a port of
 * 13340–13349, and a user {@code kk} with a password owning the database {@code kk}. With TLS it has a
 * self-signed certificate for {@code localhost} (see {@link Throwaway#certificates}) and {@code kk} must use
 * TLS ({@code REQUIRE SSL}). {@link #close()} stops it and deletes the directory.
 */
final class ThrowawayMariaDb implements AutoCloseable {
    static final String PASSWORD = "m4ria-Pw";
    final Path dir;
    final int port;
    final boolean tls;
    private Process server;

    /** Starts a server; {@code extraOptions} are added to mariadbd's command line (replication settings). */
    ThrowawayMariaDb(boolean tls, String... extraOptions) throws Exception {
        this.tls = tls;
        dir = Throwaway.directory("mariadb");
        try {
            if (tls) {
                Throwaway.certificates(dir);
            }
            Throwaway.run(
                    dir,
                    "mariadb-install-db",
                    "--no-defaults",
                    "--user=root",
                    "--datadir=" + dir.resolve("data"),
                    "--auth-root-authentication-method=normal",
                    "--skip-test-db");
            Files.writeString(
                    dir.resolve("init.sql"),
                    "CREATE DATABASE IF NOT EXISTS kk;\n"
                            + "CREATE USER IF NOT EXISTS 'kk'@'%' IDENTIFIED BY '" + PASSWORD + "'"
                            + (tls ? " REQUIRE SSL" : "")
                            + ";\nGRANT ALL ON *.* TO 'kk'@'%' WITH GRANT OPTION;\n");
            port = Throwaway.freePort(Throwaway.MARIADB_FIRST);
            List<String> cmd = new ArrayList<>(List.of(
                    "/usr/sbin/mariadbd",
                    "--no-defaults",
                    "--user=root",
                    "--datadir=" + dir.resolve("data"),
                    "--port=" + port,
                    "--bind-address=127.0.0.1",
                    "--socket=" + dir.resolve("sock"),
                    "--pid-file=" + dir.resolve("pid"),
                    "--log-error=" + dir.resolve("log.err"),
                    "--init-file=" + dir.resolve("init.sql"),
                    "--skip-name-resolve",
                    "--innodb-buffer-pool-size=16M",
                    "--innodb-log-file-size=8M",
                    "--performance-schema=OFF"));
            if (tls) {
                cmd.addAll(List.of(
                        "--ssl-cert=" + dir.resolve("server.crt"),
                        "--ssl-key=" + dir.resolve("server.key"),
                        "--ssl-ca=" + dir.resolve("ca.crt")));
            } else {
                cmd.add("--skip-ssl");
            }
            cmd.addAll(List.of(extraOptions));
            server = new ProcessBuilder(cmd)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("out").toFile())
                    .start();
            waitUntilReady();
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    private void waitUntilReady() throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            if (!server.isAlive()) {
                throw new IllegalStateException("mariadbd exited:\n" + log());
            }
            if (log().contains("ready for connections")) {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                    return;
                } catch (IOException notYet) {
                    // retry
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("mariadbd did not start within 60 s:\n" + log());
    }

    private String log() throws IOException {
        Path log = dir.resolve("log.err");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** A URL to the database {@code kk} as {@code user} with {@code password} and the query. */
    String url(String host, String user, String password, String query) {
        return "mysql://" + user + (password == null ? "" : ":" + password) + "@" + host + ":" + port + "/kk"
                + (query.isEmpty() ? "" : "?" + query);
    }

    /** Whether the server process still runs. */
    boolean alive() {
        return server != null && server.isAlive();
    }

    /** Stops the server (SIGTERM, then SIGKILL after 30 s) and deletes its directory. */
    @Override
    public void close() throws Exception {
        try {
            if (server != null && server.isAlive()) {
                server.destroy();
                if (!server.waitFor(30, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } finally {
            Throwaway.delete(dir);
        }
    }
}
