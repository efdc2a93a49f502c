package io.kakaorm.vertx;

import io.kakaorm.Filter;
import io.kakaorm.Model;
import io.kakaorm.Query;
import io.kakaorm.QueryStream;
import io.kakaorm.Row;
import io.kakaorm.SaveResult;
import io.kakaorm.Selector;
import io.kakaorm.vertx.observe.StatementListener;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A connection pool to one database and everything done through it: DDL, model CRUD, raw SQL and
 * transactions. Get one from {@link KakaORM#connect(String)}. Thread-safe; every method returns a
 * Vert.x {@link Future} and never blocks the calling thread (except {@link #close()}).
 *
 * <p>Inside {@link #transaction(Function)} every call made on the same Vert.x context — through the
 * transaction's {@code Database} or this one, including {@code model.save()} — joins the transaction.
 */
public interface Database extends AutoCloseable {

    /** The dialect of this database: {@code postgres}, {@code mysql} or {@code sqlite}. */
    String dialectName();

    /** The Vert.x instance the pool runs on. */
    Vertx vertx();

    /** CREATE TABLE with its indexes; fails when the table exists. */
    Future<Void> createTable(Class<? extends Model<?>> model);

    /** CREATE TABLE IF NOT EXISTS with its indexes. */
    Future<Void> createTableIfNotExists(Class<? extends Model<?>> model);

    /**
     * CREATE TABLE {@code archive_<table>} for an {@link io.kakaorm.ArchiveModel}: its columns without
     * auto-increment, UNIQUE, indexes, CHECKs or foreign keys. Fails when it exists or the model is not
     * an ArchiveModel.
     */
    Future<Void> createArchiveTable(Class<? extends Model<?>> model);

    /** DROP TABLE; fails when the table does not exist. */
    Future<Void> dropTable(Class<? extends Model<?>> model);

    /** DROP TABLE IF EXISTS. */
    Future<Void> dropTableIfExists(Class<? extends Model<?>> model);

    /**
     * Makes a new instance, lets {@code init} fill it, and INSERTs it (the seed's {@code Model.create}).
     *
     * @return the saved instance with its generated key; fails like {@link Model#save()}
     */
    <T extends Model<T>> Future<T> create(Class<T> model, Consumer<? super T> init);

    /**
     * The instance with primary key {@code key}.
     *
     * @return fails with {@link io.kakaorm.NotFoundException} naming the model and key when there is none
     */
    <T extends Model<T>> Future<T> get(Class<T> model, Object key);

    /**
     * INSERTs a new instance or UPDATEs a loaded one, with hooks, and ties it to this database (from now on
     * {@code model.save()} uses it); completes with the same instance. Fails like {@link Model#save()}.
     */
    <T extends Model<T>> Future<T> save(T model);

    /**
     * Like {@link #save}, and says what was written: INSERTED, UPDATED (only the changed fields) or
     * UNCHANGED (no SQL sent).
     */
    <T extends Model<T>> Future<SaveResult> saveChanges(T model);

    /** DELETEs the instance's row by primary key, with hooks; fails like {@link Model#delete()}. */
    <T extends Model<T>> Future<Void> delete(T model);

    /** Re-reads every column of the instance from its row; fails with NotFoundException when it is gone. */
    <T extends Model<T>> Future<T> refresh(T model);

    /** The instance with primary key {@code key}, or {@code null}. */
    <T extends Model<T>> Future<T> getOrNone(Class<T> model, Object key);

    /**
     * A query over the model's table (the seed's QuerySet): {@code db.from(Post.class).where(p -> p.published).list()}.
     * Nothing runs until a terminal method of the query is called.
     */
    <T extends Model<T>> Query<T> from(Class<T> model);

    /** Every row of the model's table, ordered by primary key. */
    <T extends Model<T>> Future<List<T>> all(Class<T> model);

    /** The row with the lowest primary key, or {@code null} for an empty table. */
    <T extends Model<T>> Future<T> first(Class<T> model);

    /** The row with the highest primary key, or {@code null} for an empty table. */
    <T extends Model<T>> Future<T> last(Class<T> model);

    /**
     * Runs a query written with {@code ?} placeholders (on every database) and returns its rows.
     * Values are always bound, never spliced into the SQL.
     *
     * @return the rows; fails with {@link io.kakaorm.DatabaseException} carrying SQL state and SQL
     */
    Future<List<Row>> fetch(String sql, Object... params);

    /** {@link #fetch(String, Object...)} with the parameters as a list. */
    Future<List<Row>> fetch(String sql, List<?> params);

    /**
     * Runs a query written with {@code ?} placeholders and maps each row into {@code type}, converting
     * values as queries do:
     * <ul>
     *   <li>a record: each component from the column with its name (labels match ignoring case and
     *       underscores, so {@code author_id} and {@code AUTHORID} fill {@code authorId}); extra columns are
     *       ignored;</li>
     *   <li>a model class: as {@link #fetchModels};</li>
     *   <li>a column type ({@code Long}, {@code String}, {@code BigDecimal}, {@code LocalDate}, an enum, …):
     *       the value of a one-column result.</li>
     * </ul>
     * <pre>{@code
     * record AuthorPosts(String name, long posts) {}
     * db.fetch(AuthorPosts.class, "SELECT a.name, COUNT(p.id) AS posts FROM author a"
     *         + " LEFT JOIN post p ON p.author_id = a.id GROUP BY a.id, a.name");
     * }</pre>
     *
     * @return the mapped rows; fails with {@link io.kakaorm.ResultMappingException} naming the component and
     *         column when a component has no column, a value does not convert to its type (a fraction into
     *         an {@code int}, text into a number) or a NULL meets a primitive; with
     *         {@link io.kakaorm.DatabaseException} when the database refuses the SQL
     */
    <R> Future<List<R>> fetch(Class<R> type, String sql, Object... params);

    /**
     * Runs a query and maps each row into a model instance: every column of the model must be in the
     * result (labelled by its column or field name; other columns are ignored), since a half-filled model
     * would write its missing fields back on save. The instances are loaded ones: they remember this
     * database and track changes for {@link Model#save()}.
     *
     * @return the models; fails like {@link #fetch(Class, String, Object...)}
     */
    <T extends Model<T>> Future<List<T>> fetchModels(Class<T> model, String sql, Object... params);

    /**
     * {@link #fetch(Class, String, Object...)} as a back-pressured stream, for results too large to hold:
     * read through a server-side cursor (PostgreSQL, MariaDB) or an open result set (a SQLite file),
     * {@value io.kakaorm.Query#DEFAULT_FETCH_SIZE} rows at a time. In-memory SQLite and a SQLite
     * transaction have no separate reader, so there the whole result is read first and then streamed. Close the stream if you stop before its end.
     */
    <R> QueryStream<R> stream(Class<R> type, String sql, Object... params);

    /** Runs an INSERT/UPDATE/DELETE/DDL statement and returns the affected row count. */
    Future<Integer> execute(String sql, Object... params);

    /** {@link #execute(String, Object...)} with the parameters as a list. */
    Future<Integer> execute(String sql, List<?> params);

    /** The first column of the first row, or {@code null} when there is no row. */
    Future<Object> fetchValue(String sql, Object... params);

    /**
     * The first column of the first row converted to {@code type} ({@code Long}, {@code Integer},
     * {@code Double}, {@code BigDecimal}, {@code String}, {@code Boolean}), or {@code null}.
     */
    <V> Future<V> fetchValue(Class<V> type, String sql, Object... params);

    /**
     * Runs {@code work} in a transaction: COMMIT when its future succeeds, ROLLBACK when it fails or
     * {@code work} throws. Nested calls become savepoints: an inner failure rolls back only the inner
     * part. On SQLite the transaction holds the single writer until it ends.
     *
     * <p>The work runs on a fresh duplicate of the caller's Vert.x context that carries the transaction:
     * everything started from it (its callbacks, {@code model.save()}, calls on this {@code Database})
     * joins, while a call from any other context — another request on the same event loop included —
     * uses its own connection (SQLite: waits for the writer) and can neither see nor end this
     * transaction. Work handed to another context (another verticle, a plain thread) does not join.
     *
     * @param work gets this {@code Database} (calls on it from the work's context join the transaction)
     * @return the work's result after COMMIT, or its failure after ROLLBACK
     */
    <R> Future<R> transaction(Function<Database, Future<R>> work);

    // ---- bulk writes (see BulkCreate, BulkUpdate, Truncation, GetOrCreate in the runtime)

    /**
     * INSERTs new instances of one model with as few multi-row statements as the bind-parameter limit
     * allows, in one transaction (the seed's {@code bulk_create}). Runs {@code beforeInsert} on every
     * instance, then fills auto times and validates every instance before any SQL; generated keys are
     * written into every instance (INSERT … RETURNING: PostgreSQL, SQLite, MariaDB 10.5+); then runs
     * {@code afterInsert} inside the transaction.
     *
     * @return the same list; fails with {@link io.kakaorm.ValidationException} (nothing sent), a hook's
     *         failure, {@link io.kakaorm.IntegrityException} (nothing written, instances new again), or
     *         {@link io.kakaorm.UnsupportedFeatureException} on a MySQL server without RETURNING
     */
    <T extends Model<T>> Future<List<T>> bulkCreate(List<T> models);

    /**
     * UPDATEs {@code fields} (plus {@code @AutoNow} columns) of saved instances of one model by primary
     * key, with one statement per chunk of instances that fits the bind limit, in one transaction.
     * Hooks are not called.
     *
     * @return the number of rows updated; fails with {@link io.kakaorm.ValidationException} (nothing sent)
     */
    @SuppressWarnings("unchecked")
    <T extends Model<T>> Future<Integer> bulkUpdate(List<T> models, Selector<T, ?>... fields);

    /**
     * Empties the model's table and restarts its key sequence. Fails with {@link TruncateRefusedException}
     * (nothing emptied) when other tables' foreign keys reference it; see {@link #truncate(Class, boolean)}.
     * On MySQL/MariaDB TRUNCATE commits an open transaction.
     */
    default Future<Void> truncate(Class<? extends Model<?>> model) {
        return truncate(model, false);
    }

    /** {@link #truncate(Class)}; with {@code cascade}, tables referencing it (transitively) are emptied too. */
    Future<Void> truncate(Class<? extends Model<?>> model, boolean cascade);

    /**
     * The one instance matching {@code filter}, else a new one filled by {@code init} and INSERTed.
     * Race-safe when the filtered columns are UNIQUE: of concurrent callers exactly one creates the row
     * and the others get it.
     *
     * @return the instance and whether this call created it; fails with
     *         {@link io.kakaorm.MultipleResultsException} when several rows match
     */
    <T extends Model<T>> Future<CreateResult<T>> getOrCreate(
            Class<T> model, Filter<T> filter, Consumer<? super T> init);

    /**
     * Like {@link #getOrCreate}, but an existing instance is also changed by {@code init} and saved.
     *
     * @return the instance and whether this call created it
     */
    <T extends Model<T>> Future<CreateResult<T>> updateOrCreate(
            Class<T> model, Filter<T> filter, Consumer<? super T> init);

    /**
     * Tells {@code listener} about every statement this database sends from now on: queries, streams,
     * writes, raw SQL, DDL, and the BEGIN/COMMIT/ROLLBACK/SAVEPOINT of transactions, with SQL, binds,
     * duration, rows, error, transaction and call site. See {@link io.kakaorm.vertx.observe.StatementListener}.
     *
     * @return this
     */
    Database addStatementListener(StatementListener listener);

    /** Stops telling {@code listener} (the same instance that was added) about statements. Returns this. */
    Database removeStatementListener(StatementListener listener);

    /**
     * Hides the bind values of these columns (case-insensitive names, e.g. {@code "password"}) from
     * statement listeners and logs: they appear as {@code "***"}. Adds to the columns already masked.
     *
     * @return this
     */
    Database maskBinds(String... columns);

    /**
     * Logs statements that take at least {@code threshold} at WARNING on the {@link System.Logger}
     * {@code io.kakaorm.sql} (every statement is logged there at DEBUG). {@code null} turns it off (the default).
     *
     * @return this
     * @throws IllegalArgumentException for a negative threshold
     */
    Database slowStatementThreshold(Duration threshold);

    /**
     * The driver object of {@code type} under this database: the Vert.x {@code io.vertx.sqlclient.Pool} of
     * PostgreSQL and MySQL/MariaDB (the one {@link KakaORM#wrap} was given, or the one {@code connect} built),
     * for code that needs the plain Vert.x client. Statements sent on it bypass KakaORM's transactions and
     * statement listeners.
     *
     * @throws IllegalArgumentException when there is none of that type (SQLite runs on sqlite-jdbc, not on a
     *                                  Vert.x pool)
     */
    default <X> X unwrap(Class<X> type) {
        throw new IllegalArgumentException(getClass().getSimpleName() + " holds no " + type.getName());
    }

    /** {@code unwrap(Pool.class)}: the Vert.x pool of PostgreSQL and MySQL/MariaDB; fails for SQLite. */
    default Pool pool() {
        return unwrap(Pool.class);
    }

    /**
     * Makes this the database that new model instances (never loaded or saved) use for {@code save()},
     * {@code delete()} and relations: on a Vert.x context (a verticle's {@code start}) for that context only,
     * elsewhere (e.g. {@code main}) for the process. Without it, a database opened on a Vert.x context is that
     * context's default when it is the only one opened there. See {@link io.kakaorm.spi.DefaultEngine}.
     * Returns this.
     */
    Database makeDefault();

    /**
     * A view of this database whose statements all run with {@code timeout}: a statement still running
     * then is cancelled on the server (PostgreSQL cancel request, MariaDB {@code max_statement_time},
     * SQLite interrupt) and fails with {@link io.kakaorm.DatabaseTimeoutException}; the connection stays
     * usable. The view shares this database's connections, transactions and listeners; a query's own
     * {@code timeout(Duration)} still wins, and {@link java.time.Duration#ZERO} runs without a limit.
     * Overrides {@link ConnectOptions#statementTimeout()} for the view's statements. The view owns no
     * connection: closing it leaves this database open, and closing this database ends the view too.
     */
    default Database withStatementTimeout(Duration timeout) {
        throw new UnsupportedOperationException(
                "statement timeouts on " + getClass().getName());
    }

    /** Closes the pool (and the Vert.x instance, when {@code connect} created it). */
    Future<Void> disconnect();

    /** Blocking {@link #disconnect()}; do not call it on a Vert.x event-loop thread. */
    @Override
    void close();
}
