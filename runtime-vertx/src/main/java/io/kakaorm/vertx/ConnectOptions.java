package io.kakaorm.vertx;

import io.kakaorm.vertx.internal.connect.BackendProvider;
import io.kakaorm.vertx.internal.connect.Backends;
import io.kakaorm.vertx.internal.connect.ConnectUrl;
import io.kakaorm.vertx.internal.replica.ReplicaUrls;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How to reach a database: parsed from a URL by {@link #parse(String)} or built in code with the
 * {@code with…} methods (each returns a new value). Immutable and thread-safe; {@link #toString()} masks
 * the password.
 *
 * <pre>{@code
 * ConnectOptions pg = ConnectOptions.parse("postgresql://app:secret@db:5432/app?maxSize=16&connectTimeout=2000");
 * ConnectOptions lite = ConnectOptions.sqliteFile("./app.db").withBusyTimeout(10_000);
 * ConnectOptions my = ConnectOptions.server(Kind.of("mariadb"), "db", 3306, "app", "app", null);
 * }</pre>
 *
 * <p>URL query parameters: {@code maxSize} (pool size), {@code connectTimeout}, {@code idleTimeout},
 * {@code busyTimeout} and {@code statementTimeout} (milliseconds), {@code maxWaitQueueSize},
 * {@code ssl} ({@code true}/{@code false}), {@code sslmode} ({@code disable}, {@code require},
 * {@code verify-ca}, {@code verify-full}), {@code sslrootcert} (CA file, PEM), {@code passwordEnv} (the
 * environment variable holding the password), {@code search_path} (PostgreSQL startup property), and for
 * read replicas {@code replicas} ({@code host:port,host:port}: the primary's database, user and settings on
 * other servers), {@code readYourWrites} and {@code replicaRetry} (milliseconds); see {@link ReadReplicas}.
 *
 * <p>Every wait is bounded: {@code connectTimeout} limits the wait for a pooled connection and, on
 * SQLite, for a reader and for the single writer (held by a transaction or queued writes); it ends in a
 * {@link io.kakaorm.DatabaseTimeoutException}. When {@code maxWaitQueueSize} requests already wait for a
 * pooled connection, the next one is refused at once with {@link io.kakaorm.PoolBusyException}.
 *
 * @param kind             which database ({@link Kind#POSTGRES}, {@link Kind#of(String)}, …)
 * @param host             server host ({@code null} for SQLite)
 * @param port             server port (0 for SQLite)
 * @param database         database name ({@code null} for SQLite)
 * @param user             user name, or {@code null}
 * @param password         password, or {@code null}; never printed
 * @param file             SQLite file path, or {@code null} for {@code sqlite::memory:} and servers
 * @param maxSize          the most connections in the pool (SQLite: reader connections)
 * @param connectTimeout   milliseconds to wait for a connection (SQLite: also for the writer)
 * @param idleTimeout      milliseconds after which an idle pooled connection is closed; 0 = never
 * @param busyTimeout      SQLite: milliseconds to wait on a database locked by another process
 * @param tls              TLS mode (servers only)
 * @param properties       extra driver/session properties (PostgreSQL startup parameters such as {@code search_path})
 * @param maxWaitQueueSize the most requests waiting for a pooled connection; -1 = no limit (time still bounds them)
 * @param statementTimeout default milliseconds a statement may run before it is cancelled on the server; 0 = none
 * @param sslRootCert      the CA certificate file (PEM) that {@code verify-ca}/{@code verify-full} trust, or {@code null}
 * @param poolOptions      Vert.x pool options to start from (shared pools, event-loop size, …), or {@code null}
 * @param customizer       called with the driver's {@code PgConnectOptions}/{@code MySQLConnectOptions} after
 *                         KakaORM set them, to change any driver option; or {@code null}
 * @param readReplicas     read replicas of this server (PostgreSQL, MariaDB); {@link ReadReplicas#NONE} when none
 */
public record ConnectOptions(
        Kind kind,
        String host,
        int port,
        String database,
        String user,
        String password,
        String file,
        int maxSize,
        long connectTimeout,
        long idleTimeout,
        long busyTimeout,
        TlsMode tls,
        Map<String, String> properties,
        int maxWaitQueueSize,
        long statementTimeout,
        String sslRootCert,
        PoolOptions poolOptions,
        Consumer<SqlConnectOptions> customizer,
        ReadReplicas readReplicas) {

    /**
     * Which database: the name of one KakaORM has a provider for on the class path (its dialect's name). The
     * built-in ones have constants; {@link #of(String)} finds any by name or URL scheme. Compared by name.
     */
    public static final class Kind {
        /** PostgreSQL: {@code postgresql://} or {@code postgres://}. */
        public static final Kind POSTGRES = new Kind("postgres");
        /** MySQL or MariaDB: {@code mysql://} or {@code mariadb://}. */
        public static final Kind MYSQL = new Kind("mysql");
        /** SQLite: {@code sqlite:…}. */
        public static final Kind SQLITE = new Kind("sqlite");

        private final String name;

        private Kind(String name) {
            this.name = name;
        }

        /**
         * The kind named {@code name} ({@code "postgres"}, {@code "mysql"}, {@code "sqlite"}, …) or one of its URL
         * schemes ({@code "postgresql"}, {@code "mariadb"}), case-insensitive.
         *
         * @throws IllegalArgumentException when no database of that name is on the class path, naming those that are
         */
        public static Kind of(String name) {
            BackendProvider p = name == null ? null : Backends.forName(name);
            if (p == null) {
                throw new IllegalArgumentException(
                        "Unknown database kind '" + name + "'; known: " + String.join(", ", Backends.names()));
            }
            for (Kind k : new Kind[] {POSTGRES, MYSQL, SQLITE}) {
                if (k.name.equals(p.name())) {
                    return k;
                }
            }
            return new Kind(p.name());
        }

        /** Its name, the dialect's ({@code postgres}, {@code mysql}, {@code sqlite}). */
        public String name() {
            return name;
        }

        /** Whether this database is a file opened in this process (no server, no pool to wrap, no replicas). */
        public boolean embedded() {
            return Backends.forKind(this).embedded();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Kind k && k.name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }

        /** {@link #name()}. */
        @Override
        public String toString() {
            return name;
        }
    }

    /** TLS to a server ({@code sslmode} in the URL). */
    public enum TlsMode {
        /** No TLS. */
        DISABLE,
        /** TLS without checking the server's certificate. */
        REQUIRE,
        /** TLS; the certificate must be signed by the trusted CA ({@code sslrootcert}). */
        VERIFY_CA,
        /** TLS; the certificate must be signed by the trusted CA and name the host. */
        VERIFY_FULL
    }

    /** Default pool size. */
    public static final int DEFAULT_MAX_SIZE = 5;
    /** Default connect timeout, ms. */
    public static final long DEFAULT_CONNECT_TIMEOUT = 10_000;
    /** Default SQLite busy timeout, ms. */
    public static final long DEFAULT_BUSY_TIMEOUT = 5_000;

    public ConnectOptions {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize must be at least 1, not " + maxSize);
        }
        if (connectTimeout < 0 || idleTimeout < 0 || busyTimeout < 0 || statementTimeout < 0) {
            throw new IllegalArgumentException("timeouts must not be negative");
        }
        if (maxWaitQueueSize < -1) {
            throw new IllegalArgumentException(
                    "maxWaitQueueSize must be -1 (no limit) or more, not " + maxWaitQueueSize);
        }
        tls = tls == null ? TlsMode.DISABLE : tls;
        properties = Map.copyOf(properties == null ? Map.of() : properties);
        poolOptions = poolOptions == null ? null : new PoolOptions(poolOptions);
        readReplicas = readReplicas == null ? ReadReplicas.NONE : readReplicas;
        if (!readReplicas.isEmpty() && kind.embedded()) {
            throw new IllegalArgumentException(Backends.forKind(kind).product()
                    + " has no read replicas (its database is a file, read by every connection of the Database"
                    + " already); remove the replicas, or use a server database");
        }
        ReplicaUrls.check(kind, readReplicas);
    }

    /**
     * Parses a connection URL.
     *
     * @throws IllegalArgumentException naming what is wrong (unknown scheme, bad port, unknown
     *                                  parameter, …); the message shows the URL with its password masked
     */
    public static ConnectOptions parse(String url) {
        return ConnectUrl.parse(url);
    }

    private static ConnectOptions of(
            Kind kind, String host, int port, String database, String user, String password, String file) {
        return new ConnectOptions(
                kind,
                host,
                port,
                database,
                user,
                password,
                file,
                DEFAULT_MAX_SIZE,
                DEFAULT_CONNECT_TIMEOUT,
                0,
                DEFAULT_BUSY_TIMEOUT,
                TlsMode.DISABLE,
                Map.of(),
                -1,
                0,
                null,
                null,
                null,
                ReadReplicas.NONE);
    }

    /**
     * A server of {@code kind}.
     *
     * @throws IllegalArgumentException for a kind that is a file ({@link Kind#embedded()})
     */
    public static ConnectOptions server(
            Kind kind, String host, int port, String database, String user, String password) {
        if (kind.embedded()) {
            throw new IllegalArgumentException(kind + " is no server: use ConnectOptions.file(kind, path)");
        }
        return of(kind, host, port, database, user, password, null);
    }

    /**
     * A database file of {@code kind} (created when missing); {@code path == null} for a private in-memory one.
     *
     * @throws IllegalArgumentException for a kind that is a server
     */
    public static ConnectOptions file(Kind kind, String path) {
        if (!kind.embedded()) {
            throw new IllegalArgumentException(
                    kind + " is a server: use ConnectOptions.server(kind, host, port, database, user, password)");
        }
        return of(kind, null, 0, null, null, null, path);
    }

    /** A PostgreSQL server. */
    public static ConnectOptions postgres(String host, int port, String database, String user, String password) {
        return server(Kind.POSTGRES, host, port, database, user, password);
    }

    /** A MySQL or MariaDB server. */
    public static ConnectOptions mysql(String host, int port, String database, String user, String password) {
        return server(Kind.MYSQL, host, port, database, user, password);
    }

    /** An SQLite database file (created when missing). */
    public static ConnectOptions sqliteFile(String path) {
        return file(Kind.SQLITE, path);
    }

    /** A private in-memory SQLite database, shared by every call of the {@code Database}. */
    public static ConnectOptions sqliteMemory() {
        return sqliteFile(null);
    }

    /** Whether this is a private in-memory database ({@code sqlite::memory:}). */
    public boolean memory() {
        return file == null && kind.embedded();
    }

    /** The Vert.x pool options to start from (a copy), or {@code null}. */
    @Override
    public PoolOptions poolOptions() {
        return poolOptions == null ? null : new PoolOptions(poolOptions);
    }

    /** Whether TLS is on (any mode but {@link TlsMode#DISABLE}). */
    public boolean ssl() {
        return tls != TlsMode.DISABLE;
    }

    /** A copy with another pool size. */
    public ConnectOptions withMaxSize(int n) {
        return new B(this).maxSize(n).build();
    }

    /** A copy with another connect timeout (ms): also the longest wait for a connection or the SQLite writer. */
    public ConnectOptions withConnectTimeout(long ms) {
        return new B(this).connectTimeout(ms).build();
    }

    /** A copy with another idle timeout (ms, 0 = never). */
    public ConnectOptions withIdleTimeout(long ms) {
        return new B(this).idleTimeout(ms).build();
    }

    /** A copy with another SQLite busy timeout (ms). */
    public ConnectOptions withBusyTimeout(long ms) {
        return new B(this).busyTimeout(ms).build();
    }

    /** A copy with TLS on ({@link TlsMode#REQUIRE}) or off. */
    public ConnectOptions withSsl(boolean on) {
        return withTls(on ? TlsMode.REQUIRE : TlsMode.DISABLE);
    }

    /** A copy with another TLS mode. */
    public ConnectOptions withTls(TlsMode mode) {
        return new B(this).tls(mode).build();
    }

    /** A copy trusting the CA certificate in {@code pemFile} (for {@code verify-ca}/{@code verify-full}). */
    public ConnectOptions withSslRootCert(String pemFile) {
        return new B(this).sslRootCert(pemFile).build();
    }

    /** A copy with another password. */
    public ConnectOptions withPassword(String password) {
        return new B(this).password(password).build();
    }

    /**
     * A copy whose password is the value of the environment variable {@code name}.
     *
     * @throws IllegalArgumentException when the variable is not set
     */
    public ConnectOptions withPasswordFromEnv(String name) {
        String v = System.getenv(name);
        if (v == null) {
            throw new IllegalArgumentException("The environment variable " + name + " (the password) is not set");
        }
        return withPassword(v);
    }

    /** A copy limiting how many requests may wait for a pooled connection (-1 = no limit). */
    public ConnectOptions withMaxWaitQueueSize(int n) {
        return new B(this).maxWaitQueueSize(n).build();
    }

    /** A copy with a default statement timeout (ms, 0 = none); {@code Query.timeout} overrides it per query. */
    public ConnectOptions withStatementTimeout(long ms) {
        return new B(this).statementTimeout(ms).build();
    }

    /**
     * A copy whose pool starts from these Vert.x options (shared pools, name, event-loop size, max
     * lifetime, …); KakaORM still sets the size, timeouts and wait queue from this record.
     */
    public ConnectOptions withPoolOptions(PoolOptions options) {
        return new B(this).poolOptions(options).build();
    }

    /**
     * A copy that lets {@code c} change the driver's connect options (a {@code PgConnectOptions} or
     * {@code MySQLConnectOptions}) after KakaORM set them: for any driver option KakaORM has no name for.
     */
    public ConnectOptions withCustomizer(Consumer<SqlConnectOptions> c) {
        return new B(this).customizer(c).build();
    }

    /** A copy connecting to another database (schema on MySQL). */
    public ConnectOptions withDatabase(String name) {
        return new B(this).database(name).build();
    }

    /** A copy with one more driver/session property. */
    public ConnectOptions withProperty(String name, String value) {
        Map<String, String> p = new LinkedHashMap<>(properties);
        p.put(name, value);
        return new B(this).properties(p).build();
    }

    /**
     * A copy with these read replicas: full URLs of the primary's kind (each with its own user, password and
     * settings). Reads outside transactions go to them in turn; see {@link ReadReplicas}. The URL parameter
     * {@code replicas=host:port,…} instead copies the primary's settings to other servers.
     *
     * @throws IllegalArgumentException for SQLite, a malformed URL or one of another kind
     */
    public ConnectOptions withReplicas(List<String> urls) {
        return new B(this)
                .readReplicas(readReplicas.withReplicas(ReplicaUrls.parse(this, urls)))
                .build();
    }

    /** A copy whose reads go to the primary for {@code window} after each write of the {@code Database}. */
    public ConnectOptions withReadYourWrites(Duration window) {
        return new B(this).readReplicas(readReplicas.withReadYourWrites(window)).build();
    }

    /** A copy with other read-replica settings (see {@link ReadReplicas}). */
    public ConnectOptions withReadReplicas(ReadReplicas replicas) {
        return new B(this).readReplicas(replicas).build();
    }

    /** A copy reaching the same database on another host and port (e.g. a replica of this server). */
    public ConnectOptions withServer(String otherHost, int otherPort) {
        return new ConnectOptions(
                kind,
                otherHost,
                otherPort,
                database,
                user,
                password,
                file,
                maxSize,
                connectTimeout,
                idleTimeout,
                busyTimeout,
                tls,
                properties,
                maxWaitQueueSize,
                statementTimeout,
                sslRootCert,
                poolOptions,
                customizer,
                ReadReplicas.NONE);
    }

    /** The options as a URL with the password shown as {@code ***}. */
    @Override
    public String toString() {
        return ConnectUrl.format(this, true);
    }

    /** A mutable copy for the {@code with…} methods. */
    private static final class B {
        private final ConnectOptions o;
        private String database;
        private String password;
        private int maxSize;
        private long connectTimeout;
        private long idleTimeout;
        private long busyTimeout;
        private TlsMode tls;
        private Map<String, String> properties;
        private int maxWaitQueueSize;
        private long statementTimeout;
        private String sslRootCert;
        private PoolOptions poolOptions;
        private Consumer<SqlConnectOptions> customizer;
        private ReadReplicas readReplicas;

        B(ConnectOptions o) {
            this.o = o;
            database = o.database;
            password = o.password;
            maxSize = o.maxSize;
            connectTimeout = o.connectTimeout;
            idleTimeout = o.idleTimeout;
            busyTimeout = o.busyTimeout;
            tls = o.tls;
            properties = o.properties;
            maxWaitQueueSize = o.maxWaitQueueSize;
            statementTimeout = o.statementTimeout;
            sslRootCert = o.sslRootCert;
            poolOptions = o.poolOptions;
            customizer = o.customizer;
            readReplicas = o.readReplicas;
        }

        B database(String v) {
            database = v;
            return this;
        }

        B password(String v) {
            password = v;
            return this;
        }

        B maxSize(int v) {
            maxSize = v;
            return this;
        }

        B connectTimeout(long v) {
            connectTimeout = v;
            return this;
        }

        B idleTimeout(long v) {
            idleTimeout = v;
            return this;
        }

        B busyTimeout(long v) {
            busyTimeout = v;
            return this;
        }

        B tls(TlsMode v) {
            tls = v;
            return this;
        }

        B properties(Map<String, String> v) {
            properties = v;
            return this;
        }

        B maxWaitQueueSize(int v) {
            maxWaitQueueSize = v;
            return this;
        }

        B statementTimeout(long v) {
            statementTimeout = v;
            return this;
        }

        B sslRootCert(String v) {
            sslRootCert = v;
            return this;
        }

        B poolOptions(PoolOptions v) {
            poolOptions = v;
            return this;
        }

        B customizer(Consumer<SqlConnectOptions> v) {
            customizer = v;
            return this;
        }

        B readReplicas(ReadReplicas v) {
            readReplicas = v;
            return this;
        }

        ConnectOptions build() {
            return new ConnectOptions(
                    o.kind,
                    o.host,
                    o.port,
                    database,
                    o.user,
                    password,
                    o.file,
                    maxSize,
                    connectTimeout,
                    idleTimeout,
                    busyTimeout,
                    tls,
                    properties,
                    maxWaitQueueSize,
                    statementTimeout,
                    sslRootCert,
                    poolOptions,
                    customizer,
                    readReplicas);
        }
    }
}
