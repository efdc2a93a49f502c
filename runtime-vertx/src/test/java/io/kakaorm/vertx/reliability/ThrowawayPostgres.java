package io.kakaorm.vertx.reliability;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

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
        bin = Throwaway.postgresBin();
        dir = Files.createTempDirectory("kakaorm-tls-pg-");
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ca = dir.resolve("ca.crt");
        otherCa = dir.resolve("other-ca.crt");
        Throwaway.certificates(dir);
        Files.writeString(dir.resolve("pw"), PASSWORD + "\n");
        Throwaway.run(dir, "chown", "-R", "postgres", dir.toString());
        Throwaway.run(dir, "chmod", "700", dir.toString());
        Throwaway.run(dir, "chmod", "600", dir.resolve("server.key").toString());
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
        Throwaway.run(dir, "chown", "-R", "postgres", dir.toString());
        asPostgres(
                bin.resolve("pg_ctl") + " -D " + dir.resolve("data") + " -l " + dir.resolve("log") + " -w -t 60 start");
    }

    /** A URL to this server (database {@code postgres}) with the given password and query. */
    String url(String host, String password, String query) {
        return "postgresql://postgres" + (password == null ? "" : ":" + password) + "@" + host + ":" + port
                + "/postgres" + (query.isEmpty() ? "" : "?" + query);
    }

    private void asPostgres(String command) throws Exception {
        Throwaway.run(dir, "runuser", "-u", "postgres", "--", "sh", "-c", command);
    }

    @Override
    public void close() throws Exception {
        try {
            asPostgres(bin.resolve("pg_ctl") + " -D " + dir.resolve("data") + " -m immediate -w stop");
        } finally {
            Throwaway.delete(dir);
        }
    }
}
