package io.kakaorm.vertx.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the throwaway-server tests share: a free port from a fixed range, a fresh directory under
 * {@code /tmp/kk_ops_*}, running a command (failing with its output), self-signed certificates, and
 * deleting a directory.
 */
final class Throwaway {
    /** The PostgreSQL ports these tests may use. */
    static final int PG_FIRST = 15440;
    /** The MariaDB ports these tests may use. */
    static final int MARIADB_FIRST = 13340;

    private Throwaway() {}

    /** The first port of {@code first … first + 9} that nobody listens on. */
    static synchronized int freePort(int first) {
        for (int port = first; port < first + 10; port++) {
            try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
                return port;
            } catch (IOException busy) {
                // try the next one
            }
        }
        throw new IllegalStateException("every port " + first + "-" + (first + 9) + " is in use");
    }

    /** A new empty directory {@code /tmp/kk_ops_<what>_…}. */
    static Path directory(String what) throws IOException {
        return Files.createTempDirectory(Path.of("/tmp"), "kk_ops_" + what + "_");
    }

    /** Runs {@code command} in {@code dir}; fails with its output unless it exits with 0 within 2 minutes. */
    static String run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }

    /**
     * Writes {@code ca.crt}/{@code ca.key} (a CA), {@code other-ca.crt} (a CA that signed nothing here) and
     * {@code server.crt}/{@code server.key} (signed by the first CA, naming {@code localhost}) into {@code dir}.
     */
    static void certificates(Path dir) throws Exception {
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
                "/CN=kk-ops-ca",
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
                "/CN=kk-ops-other-ca",
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
    }

    /** The newest PostgreSQL's {@code bin} directory under {@code /usr/lib/postgresql}. */
    static Path postgresBin() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/usr/lib/postgresql"))) {
            return s.max(Comparator.naturalOrder()).orElseThrow().resolve("bin");
        }
    }

    /** Deletes {@code dir} and everything in it (best effort). */
    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(all::add);
        } catch (IOException e) {
            return;
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
