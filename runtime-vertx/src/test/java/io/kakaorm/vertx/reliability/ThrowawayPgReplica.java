package io.kakaorm.vertx.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A PostgreSQL primary ({@code wal_level = replica}) and a hot standby streaming from it, made with
 * {@code pg_basebackup -R}, in {@code /tmp/kk_ops_pgrepl_*} on ports of 15440–15449, both run as the
 * {@code postgres} OS user with trust logins from 127.0.0.1. {@link #close()} stops both and deletes the
 * directory.
 */
final class ThrowawayPgReplica implements AutoCloseable {
    final Path dir;
    final int primaryPort;
    final int standbyPort;
    private final Path bin;

    ThrowawayPgReplica() throws Exception {
        bin = Throwaway.postgresBin();
        dir = Throwaway.directory("pgrepl");
        int p = 0;
        int s = 0;
        try {
            Throwaway.run(dir, "chown", "postgres", dir.toString());
            Throwaway.run(dir, "chmod", "700", dir.toString());
            asPostgres(bin.resolve("initdb") + " -D " + dir.resolve("primary") + " -U postgres --auth=trust");
            p = Throwaway.freePort(Throwaway.PG_FIRST);
            Files.writeString(
                    dir.resolve("primary/postgresql.conf"),
                    "\nport = " + p
                            + "\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '" + dir
                            + "'\nwal_level = replica"
                            + "\nmax_wal_senders = 4\nhot_standby = on\nshared_buffers = 16MB\nfsync = off\n",
                    StandardOpenOption.APPEND);
            asPostgres(bin.resolve("pg_ctl") + " -D " + dir.resolve("primary") + " -l " + dir.resolve("primary.log")
                    + " -w -t 60 start");
            asPostgres(bin.resolve("pg_basebackup") + " -h 127.0.0.1 -p " + p + " -U postgres -D "
                    + dir.resolve("standby") + " -R -X stream");
            s = Throwaway.freePort(Throwaway.PG_FIRST);
            Files.writeString(
                    dir.resolve("standby/postgresql.conf"), "\nport = " + s + "\n", StandardOpenOption.APPEND);
            startStandby();
        } catch (Exception | Error e) {
            primaryPort = p;
            standbyPort = s;
            close();
            throw e;
        }
        primaryPort = p;
        standbyPort = s;
    }

    /** Starts the standby (again). */
    void startStandby() throws Exception {
        asPostgres(bin.resolve("pg_ctl") + " -D " + dir.resolve("standby") + " -l " + dir.resolve("standby.log")
                + " -w -t 60 start");
    }

    /** Stops the standby at once (its port then refuses connections). */
    void stopStandby() throws Exception {
        asPostgres(bin.resolve("pg_ctl") + " -D " + dir.resolve("standby") + " -m immediate -w stop");
    }

    /** A URL to the primary's database {@code postgres} with the query. */
    String url(String query) {
        return "postgresql://postgres@127.0.0.1:" + primaryPort + "/postgres" + (query.isEmpty() ? "" : "?" + query);
    }

    private void asPostgres(String command) throws Exception {
        Throwaway.run(dir, "runuser", "-u", "postgres", "--", "sh", "-c", command);
    }

    @Override
    public void close() throws Exception {
        try {
            for (String data : new String[] {"standby", "primary"}) {
                if (Files.exists(dir.resolve(data).resolve("postmaster.pid"))) {
                    try {
                        asPostgres(bin.resolve("pg_ctl") + " -D " + dir.resolve(data) + " -m immediate -w stop");
                    } catch (IllegalStateException ignored) {
                        // already stopped
                    }
                }
            }
        } finally {
            Throwaway.delete(dir);
        }
    }
}
