package io.kakaorm.vertx.internal.connect;

import io.kakaorm.vertx.ConnectOptions.Kind;
import io.kakaorm.vertx.internal.exec.BackendFactory;

/** The optional driver behind each URL kind: the class that proves it is present and its backend factory. */
enum Driver {
    POSTGRES("postgres", "io.vertx.pgclient.PgBuilder", "io.vertx:vertx-pg-client",
            "io.kakaorm.vertx.internal.pool.PgBackendFactory"),
    MYSQL("mysql", "io.vertx.mysqlclient.MySQLBuilder", "io.vertx:vertx-mysql-client",
            "io.kakaorm.vertx.internal.pool.MySqlBackendFactory"),
    SQLITE("sqlite", "org.sqlite.JDBC", "org.xerial:sqlite-jdbc",
            "io.kakaorm.vertx.internal.sqlite.SqliteBackendFactory");

    private final String dialect;
    private final String probeClass;
    private final String artifact;
    private final String factoryClass;

    Driver(String dialect, String probeClass, String artifact, String factoryClass) {
        this.dialect = dialect;
        this.probeClass = probeClass;
        this.artifact = artifact;
        this.factoryClass = factoryClass;
    }

    static Driver of(Kind kind) {
        return valueOf(kind.name());
    }

    String dialect() {
        return dialect;
    }

    /** The backend factory; fails naming the Maven artifact to add when the driver is missing. */
    BackendFactory factory() {
        ClassLoader loader = Driver.class.getClassLoader();
        try {
            Class.forName(probeClass, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("The " + dialect + " driver is not on the class path: add the Maven "
                    + "dependency " + artifact + " (version managed by io.vertx:vertx-stack-depchain or your BOM)", e);
        }
        try {
            return (BackendFactory) Class.forName(factoryClass, true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot load " + factoryClass + ": " + e, e);
        }
    }
}
