package io.kakaorm.vertx.internal;

import io.kakaorm.ArchiveModel;
import io.kakaorm.Filter;
import io.kakaorm.Model;
import io.kakaorm.Query;
import io.kakaorm.QueryStream;
import io.kakaorm.Row;
import io.kakaorm.SaveResult;
import io.kakaorm.Selector;
import io.kakaorm.SoftDeleteModel;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.spi.DefaultEngine;
import io.kakaorm.spi.ModelEngine;
import io.kakaorm.spi.ModelState;
import io.kakaorm.spi.QueryAccess;
import io.kakaorm.spi.QueryExecutor;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.CreateResult;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.internal.connect.BackendProvider;
import io.kakaorm.vertx.internal.connect.Backends;
import io.kakaorm.vertx.internal.connect.OwnedVertx;
import io.kakaorm.vertx.internal.connect.Unwrapping;
import io.kakaorm.vertx.internal.exec.Backend;
import io.kakaorm.vertx.internal.exec.RowMapper;
import io.kakaorm.vertx.internal.exec.SqlExecutor;
import io.kakaorm.vertx.internal.exec.TimedExecutor;
import io.kakaorm.vertx.internal.exec.Values;
import io.kakaorm.vertx.internal.observe.ObservedBackend;
import io.kakaorm.vertx.internal.observe.StatementObserver;
import io.kakaorm.vertx.internal.query.LabelMappers;
import io.kakaorm.vertx.internal.query.ModelMapper;
import io.kakaorm.vertx.internal.query.QueryRunner;
import io.kakaorm.vertx.internal.query.RawRows;
import io.kakaorm.vertx.internal.query.RawStreams;
import io.kakaorm.vertx.internal.tx.Transactions;
import io.kakaorm.vertx.internal.tx.TxState;
import io.kakaorm.vertx.internal.write.ArchiveWrites;
import io.kakaorm.vertx.internal.write.BulkCreate;
import io.kakaorm.vertx.internal.write.BulkUpdate;
import io.kakaorm.vertx.internal.write.GetOrCreate;
import io.kakaorm.vertx.internal.write.ModelStatements;
import io.kakaorm.vertx.internal.write.ModelWrites;
import io.kakaorm.vertx.internal.write.SoftDeleteWrites;
import io.kakaorm.vertx.internal.write.Truncation;
import io.kakaorm.vertx.observe.StatementListener;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The {@link Database} over one {@link Backend}. Every statement goes through {@link #executor()},
 * which is the open transaction of the calling Vert.x context or else the pool.
 */
public final class DatabaseImpl implements Database, ModelEngine {
    private final Vertx vertx;
    private final boolean ownsVertx;
    private final Backend backend;
    private final ConnectOptions options;
    private final StatementObserver observer;
    private final Transactions transactions;
    private final ModelWrites writes;
    private final QueryRunner queries = new QueryRunner(this);
    private final BulkCreate bulkCreate = new BulkCreate(this);
    private volatile Future<Void> closing;
    private final ConcurrentHashMap<Class<?>, ModelMapper<?>> mappers;
    /** The database this is a view of ({@link #withStatementTimeout}), or {@code this}. */
    private final DatabaseImpl root;
    /** The statement timeout of this view, or {@code null} for the options' {@code statementTimeout}. */
    private final Duration timeout;

    public DatabaseImpl(Vertx vertx, boolean ownsVertx, Backend backend, ConnectOptions options) {
        this.vertx = vertx;
        this.ownsVertx = ownsVertx;
        this.observer = new StatementObserver(backend.dialect().name());
        this.backend = ObservedBackend.wrap(backend, observer);
        this.options = options;
        this.transactions = new Transactions(this, vertx, this.backend);
        this.writes = new ModelWrites(this);
        this.mappers = new ConcurrentHashMap<>();
        this.root = this;
        this.timeout = null;
    }

    /** A view of {@code root} whose statements run with {@code timeout}; it shares connections and transactions. */
    private DatabaseImpl(DatabaseImpl root, Duration timeout) {
        this.vertx = root.vertx;
        this.ownsVertx = false;
        this.observer = root.observer;
        this.backend = root.backend;
        this.options = root.options;
        this.transactions = root.transactions;
        this.writes = new ModelWrites(this);
        this.mappers = root.mappers; // models read through a view belong to the database itself
        this.root = root;
        this.timeout = timeout;
    }

    @Override
    public DatabaseImpl withStatementTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("statement timeout must be >= 0 (Duration.ZERO: none): " + timeout);
        }
        return new DatabaseImpl(root, timeout);
    }

    /**
     * The executor for a statement issued now: the transaction open on the calling Vert.x context for
     * this database, else the pool. The query layer runs everything through this.
     */
    public SqlExecutor executor() {
        TxState tx = transactions.current();
        return TimedExecutor.of(tx != null ? tx.tx : backend, timeout);
    }

    /** The hydrator of {@code model} for this database (one per model class, reused by every query). */
    @SuppressWarnings("unchecked")
    public <T> ModelMapper<T> mapper(ModelMeta<T> model) {
        return (ModelMapper<T>)
                mappers.computeIfAbsent(model.modelClass(), c -> new ModelMapper<>(model, dialect(), this));
    }

    /** Whether the calling context is inside a transaction of this database. */
    public boolean inTransaction() {
        return transactions.current() != null;
    }

    /** How many top-level transactions are open right now (tests check it is 0 after each test). */
    public int openTransactions() {
        return transactions.openCount();
    }

    /** The options this database was opened with. */
    public ConnectOptions options() {
        return options;
    }

    /** The provider of this database's kind: its facts (errors, how it empties tables, …). */
    public BackendProvider provider() {
        return Backends.forKind(options.kind());
    }

    @Override
    public QueryExecutor queries() {
        return queries;
    }

    @Override
    public int maxBindParams() {
        return dialect().features().maxBindParams();
    }

    /** The SQL of this database (what {@code DatabaseAccess.dialect} gives the sibling modules). */
    public Dialect dialect() {
        return backend.dialect();
    }

    @Override
    public String dialectName() {
        return dialect().name();
    }

    @Override
    public Vertx vertx() {
        return vertx;
    }

    // ---- DDL

    @Override
    public Future<Void> createTable(Class<? extends Model<?>> model) {
        return script(dialect().createTable(ModelMeta.of(model), false));
    }

    @Override
    public Future<Void> createTableIfNotExists(Class<? extends Model<?>> model) {
        return script(dialect().createTable(ModelMeta.of(model), true));
    }

    @Override
    public Future<Void> createArchiveTable(Class<? extends Model<?>> model) {
        ModelMeta<?> archive;
        try {
            archive = ModelMeta.of(model).archiveTable();
            if (archive == null) {
                throw new IllegalArgumentException(model.getSimpleName() + " is not an ArchiveModel");
            }
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        return script(dialect().createTable(archive, false));
    }

    @Override
    public Future<Void> dropTable(Class<? extends Model<?>> model) {
        return script(dialect().dropTable(ModelMeta.of(model), false));
    }

    @Override
    public Future<Void> dropTableIfExists(Class<? extends Model<?>> model) {
        return script(dialect().dropTable(ModelMeta.of(model), true));
    }

    private Future<Void> script(List<String> statements) {
        Future<Integer> f = Future.succeededFuture(0);
        for (String s : statements) {
            f = f.compose(n -> executor().update(new CompiledSql(s, List.of())));
        }
        return f.mapEmpty();
    }

    // ---- model CRUD

    @Override
    public <T extends Model<T>> Future<T> save(T model) {
        return writes.save(model).map(r -> model);
    }

    @Override
    public <T extends Model<T>> Future<SaveResult> saveChanges(T model) {
        return writes.save(model);
    }

    @Override
    public <T extends Model<T>> Future<Void> delete(T model) {
        if (model instanceof ArchiveModel<?>) {
            return new ArchiveWrites(this).delete(model);
        }
        if (model instanceof SoftDeleteModel<?>) {
            return new SoftDeleteWrites(this).delete(model);
        }
        return writes.delete(model);
    }

    @Override
    public <T extends Model<T>> Future<T> refresh(T model) {
        return writes.refresh(model);
    }

    @Override
    public <T extends Model<T>> Future<T> create(Class<T> model, Consumer<? super T> init) {
        T instance;
        try {
            instance = ModelMeta.of(model).newInstance();
            init.accept(instance);
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        ModelState.attach(instance, this, false);
        return writes.save(instance).map(r -> instance);
    }

    @Override
    public <T extends Model<T>> Future<T> get(Class<T> model, Object key) {
        return byKey(model, key, true);
    }

    @Override
    public <T extends Model<T>> Future<T> getOrNone(Class<T> model, Object key) {
        return byKey(model, key, false);
    }

    /** The row with primary key {@code key}: a missing one is {@code null}, or fails when {@code required}. */
    private <T extends Model<T>> Future<T> byKey(Class<T> model, Object key, boolean required) {
        ModelMeta<T> meta;
        CompiledSql sql;
        try {
            meta = ModelMeta.of(model);
            sql = ModelStatements.byKey(dialect(), meta, key);
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        // one stage after the statement's: a missing row fails it from inside (map fails on a thrown exception)
        return executor().query(sql, mapper(meta)).map(rows -> {
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            if (required) {
                throw ModelWrites.gone(meta, key);
            }
            return null;
        });
    }

    @Override
    public <T extends Model<T>> Query<T> from(Class<T> model) {
        return QueryAccess.from(model, queries);
    }

    @Override
    public <T extends Model<T>> Future<List<T>> all(Class<T> model) {
        return ordered(model, false, null);
    }

    @Override
    public <T extends Model<T>> Future<T> first(Class<T> model) {
        return ordered(model, false, 1L).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    @Override
    public <T extends Model<T>> Future<T> last(Class<T> model) {
        return ordered(model, true, 1L).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    private <T extends Model<T>> Future<List<T>> ordered(Class<T> model, boolean desc, Long limit) {
        try {
            ModelMeta<T> meta = ModelMeta.of(model);
            CompiledSql sql = ModelStatements.ordered(dialect(), meta, desc, limit);
            return executor().query(sql, mapper(meta));
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    // ---- bulk writes

    @Override
    public <T extends Model<T>> Future<List<T>> bulkCreate(List<T> models) {
        return bulkCreate.run(models);
    }

    @Override
    @SafeVarargs
    public final <T extends Model<T>> Future<Integer> bulkUpdate(List<T> models, Selector<T, ?>... fields) {
        return new BulkUpdate(this).run(models, fields);
    }

    @Override
    public Future<Void> truncate(Class<? extends Model<?>> model, boolean cascade) {
        try {
            return new Truncation(this).run(ModelMeta.of(model), cascade);
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    @Override
    public <T extends Model<T>> Future<CreateResult<T>> getOrCreate(
            Class<T> model, Filter<T> filter, Consumer<? super T> init) {
        return new GetOrCreate(this).run(model, filter, init, false);
    }

    @Override
    public <T extends Model<T>> Future<CreateResult<T>> updateOrCreate(
            Class<T> model, Filter<T> filter, Consumer<? super T> init) {
        return new GetOrCreate(this).run(model, filter, init, true);
    }

    // ---- raw SQL

    @Override
    public Future<List<Row>> fetch(String sql, Object... params) {
        return fetch(sql, Arrays.asList(params));
    }

    @Override
    public Future<List<Row>> fetch(String sql, List<?> params) {
        try {
            return executor().query(RawRows.compile(dialect(), sql, params), RawRows.ROW);
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    @Override
    public <R> Future<List<R>> fetch(Class<R> type, String sql, Object... params) {
        try {
            RowMapper<R> mapper = LabelMappers.of(type, dialect(), this, sql);
            return executor().query(RawRows.compile(dialect(), sql, Arrays.asList(params)), mapper);
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    @Override
    public <T extends Model<T>> Future<List<T>> fetchModels(Class<T> model, String sql, Object... params) {
        return fetch(model, sql, params);
    }

    @Override
    public <R> QueryStream<R> stream(Class<R> type, String sql, Object... params) {
        return RawStreams.open(
                this,
                LabelMappers.of(type, dialect(), this, sql),
                RawRows.compile(dialect(), sql, Arrays.asList(params)),
                Query.DEFAULT_FETCH_SIZE);
    }

    @Override
    public Future<Integer> execute(String sql, Object... params) {
        return execute(sql, Arrays.asList(params));
    }

    @Override
    public Future<Integer> execute(String sql, List<?> params) {
        try {
            return executor().update(RawRows.compile(dialect(), sql, params));
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    @Override
    public Future<Object> fetchValue(String sql, Object... params) {
        try {
            return executor()
                    .query(RawRows.compile(dialect(), sql, Arrays.asList(params)), r -> r.value(0))
                    .map(rows -> rows.isEmpty() ? null : rows.get(0));
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    @Override
    public <V> Future<V> fetchValue(Class<V> type, String sql, Object... params) {
        return fetchValue(sql, params).map(v -> Values.convert(v, type));
    }

    // ---- transactions

    @Override
    public <R> Future<R> transaction(Function<Database, Future<R>> work) {
        return transactions.run(() -> work.apply(this));
    }

    // ---- lifecycle

    // ---- statement listeners and logging

    @Override
    public Database addStatementListener(StatementListener listener) {
        observer.add(listener);
        return this;
    }

    @Override
    public Database removeStatementListener(StatementListener listener) {
        observer.remove(listener);
        return this;
    }

    @Override
    public Database maskBinds(String... columns) {
        observer.mask(columns);
        return this;
    }

    @Override
    public Database slowStatementThreshold(Duration threshold) {
        observer.slowThreshold(threshold);
        return this;
    }

    @Override
    public <X> X unwrap(Class<X> type) {
        return Unwrapping.unwrap(backend, provider(), type);
    }

    @Override
    public Database makeDefault() {
        if (root != this) {
            DefaultEngine.set(this);
            return this;
        }
        DefaultEngine.set(this);
        return this;
    }

    @Override
    public synchronized Future<Void> disconnect() {
        if (root != this) { // a view owns no connection: the database stays open
            DefaultEngine.clearIf(this);
            return Future.succeededFuture();
        }
        if (closing == null) {
            DefaultEngine.clearIf(this);
            Future<Void> f = backend.close().transform(r -> Future.<Void>succeededFuture());
            if (ownsVertx) {
                Promise<Void> done = Promise.promise();
                f.onComplete(r -> OwnedVertx.close(vertx, done::tryComplete));
                closing = done.future();
            } else {
                closing = f;
            }
        }
        return closing;
    }

    @Override
    public void close() {
        if (Vertx.currentContext() != null && Vertx.currentContext().isEventLoopContext()) {
            throw new IllegalStateException("close() blocks; on an event loop use disconnect()");
        }
        try {
            disconnect().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("close() failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "Database[" + options + (timeout == null ? "" : ", statement timeout " + timeout.toMillis() + " ms")
                + "]";
    }
}
