package io.kakaorm.vertx.internal.mysql;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.Dialects;
import io.kakaorm.dialect.mysql.MySqlDialect;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.internal.connect.BackendProvider;
import io.kakaorm.vertx.internal.exec.BackendFactory;
import io.kakaorm.vertx.internal.exec.ServerErrors;
import io.vertx.core.Future;
import java.util.List;

/** MySQL and MariaDB through vertx-mysql-client. */
public final class MySqlBackendProvider implements BackendProvider {
    @Override
    public List<String> urlSchemes() {
        return List.of("mysql", "mariadb");
    }

    @Override
    public int defaultPort() {
        return 3306;
    }

    @Override
    public String product() {
        return "MySQL/MariaDB";
    }

    @Override
    public Dialect dialect() {
        return Dialects.forName(MySqlDialect.NAME);
    }

    @Override
    public ServerErrors errors() {
        return MySqlServerErrors.INSTANCE;
    }

    /** MariaDB 10.5+ runs INSERT … RETURNING; MySQL does not. */
    @Override
    public Future<String> returningMissing(Database db) {
        return db.fetchValue(String.class, "SELECT VERSION()")
                .map(v -> mariaDb105(v) ? null : "MariaDB 10.5+; this server is " + v);
    }

    static boolean mariaDb105(String version) {
        if (version == null || !version.contains("MariaDB")) {
            return false;
        }
        String[] p = version.split("[.-]");
        try {
            int major = Integer.parseInt(p[0]);
            int minor = Integer.parseInt(p[1]);
            return major > 10 || (major == 10 && minor >= 5);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * TRUNCATE restarts AUTO_INCREMENT; InnoDB refuses it on a referenced table even when the referencing ones
     * are empty, so the checks are off for these statements on one connection.
     */
    @Override
    public Future<Void> emptyTables(Database db, List<String> tables, List<String> quoted) {
        return db.transaction(tx -> {
            Future<Integer> f = tx.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String q : quoted) {
                f = f.compose(n -> tx.execute("TRUNCATE TABLE " + q));
            }
            return f.eventually(() -> tx.execute("SET FOREIGN_KEY_CHECKS = 1")).mapEmpty();
        });
    }

    @Override
    public String driverProbeClass() {
        return "io.vertx.mysqlclient.MySQLBuilder";
    }

    @Override
    public String driverArtifact() {
        return "io.vertx:vertx-mysql-client";
    }

    @Override
    public String driverModule() {
        return "io.vertx.sql.client.mysql";
    }

    @Override
    public BackendFactory newFactory() {
        return new MySqlBackendFactory();
    }
}
