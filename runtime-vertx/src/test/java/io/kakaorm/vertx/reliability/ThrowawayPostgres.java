package io.kakaorm.vertx.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server for one test class: initdb in a temporary directory, a self-signed CA and a
 * server certificate for {@code localhost} only, TLS required and scram-sha-256 for every TCP login.
 * {@link #close()} stops it and deletes the directory.
 */
final class ThrowawayPostgres implements AutoCloseable {
    static final String PASSWORD = "s3cret-Pw";
    final Path dir;
    final int port;
    final Path ca;
    final Path otherCa;
    private final Path bin;

    ThrowawayPostgres() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("/usr/lib/postgresql"))) {
            bin = s.max(Comparator.naturalOrder()).orElseThrow().resolve("bin");
        }
        dir = Files.createTempDirectory("kakaorm-tls-pg-");
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ca = dir.resolve("ca.crt");
        otherCa = dir.resolve("other-ca.crt");
        run(
                dir,
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=kk-test-ca",
                "-keyout",
                "ca.key",
                "-out",
                "ca.crt");
        run(
                dir,
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=kk-other-ca",
                "-keyout",
                "other-ca.key",
                "-out",
                "other-ca.crt");
        run(
                dir,
                "openssl",
                "req",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-subj",
                "/CN=localhost",
                "-keyout",
                "server.key",
                "-out",
                "server.csr");
        Files.writeString(dir.resolve("ext.cnf"), "subjectAltName=DNS:localhost\n");
        run(
                dir,
                "openssl",
                "x509",
                "-req",
                "-in",
                "server.csr",
                "-CA",
                "ca.crt",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-days",
                "2",
                "-extfile",
                "ext.cnf",
                "-out",
                "server.crt");
        Files.writeString(dir.resolve("pw"), PASSWORD + "\n");
        run(dir, "chown", "-R", "postgres", dir.toString());
        run(dir, "chmod", "700", dir.toString());
        run(dir, "chmod", "600", dir.resolve("server.key").toString());
        asPostgres(bin.resolve("initdb") + " -D " + dir.resolve("data") + " -U postgres --auth=scram-sha-256 --pwfile="
                + dir.resolve("pw"));
        Files.writeString(
                dir.resolve("data/postgresql.conf"),
                "\nport = " + port
                        + "\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '" + dir
                        + "'\nssl = on\nssl_cert_file = '"
                        + dir.resolve("server.crt") + "'\nssl_key_file = '" + dir.resolve("server.key") + "'\n"
                        + "password_encryption = 'scram-sha-256'\n",
                StandardOpenOption.APPEND);
        Files.writeString(
                dir.resolve("data/pg_hba.conf"),
                "local all all scram-sha-256\n" + "hostssl all all 127.0.0.1/32 "
                        + System.getProperty("kkAuth", "scram-sha-256") + "\n");
        run(dir, "chown", "-R", "postgres", dir.toString());
        asPostgres(
                bin.resolve("pg_ctl") + " -D " + dir.resolve("data") + " -l " + dir.resolve("log") + " -w -t 60 start");
    }

    /** A URL to this server (database {@code postgres}) with the given password and query. */
    String url(String host, String password, String query) {
        return "postgresql://postgres" + (password == null ? "" : ":" + password) + "@" + host + ":" + port
                + "/postgres" + (query.isEmpty() ? "" : "?" + query);
    }

    private void asPostgres(String command) throws Exception {
        run(dir, "runuser", "-u", "postgres", "--", "sh", "-c", command);
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            asPostgres(bin.resolve("pg_ctl") + " -D " + dir.resolve("data") + " -m immediate -w stop");
        } finally {
            List<Path> all = new ArrayList<>();
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(all::add);
            }
            for (Path p : all) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }
}
