package io.kakaorm;

import io.kakaorm.json.Dump;
import io.kakaorm.json.ModelJson;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.relation.BelongsTo;
import io.kakaorm.relation.HasMany;
import io.kakaorm.relation.HasOne;
import io.kakaorm.spi.DefaultEngine;
import io.kakaorm.spi.ModelEngine;
import io.kakaorm.spi.ModelState;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The base class of every model: a table row as a plain Java object with public fields.
 *
 * <pre>{@code
 * public class Task extends Model<Task> {
 *     @Column(nullable = false) public String title;
 *     public boolean done = false;
 * }
 * }</pre>
 *
 * <p>Unless a field is marked {@link Id}, the inherited {@link #id} is the primary key: an
 * auto-increment {@code BIGINT} filled in by {@link #save()}. A model needs a no-arg constructor.
 *
 * <p>An instance remembers the database it was loaded from or saved to; a fresh instance uses the
 * default database of the calling Vert.x context or process (see {@link DefaultEngine}), or fails saying to
 * use {@code db.save(model)}. Instances are not thread-safe; share them between
 * threads only with your own synchronisation.
 *
 * @param <T> the model class itself
 */
public abstract class Model<T extends Model<T>> {
    /** The implicit primary key; unused (and not a column) when another field is marked {@link Id}. */
    public Long id;

    transient ModelEngine engine;
    transient boolean persisted;
    /**
     * Column values as last loaded or saved (model column order), or {@code null}: see {@link #changedFields()}.
     * An {@code Object[]}, or the {@code ColumnSource} of the row the instance was read from (read again
     * only when asked what changed).
     */
    transient Object loaded;

    static {
        ModelState.install(new ModelDoor()); // the engine's way into the fields above
    }

    /**
     * INSERTs this instance when it is new, or UPDATEs its row (by primary key) when it was loaded or
     * saved before. Runs {@code beforeInsert/afterInsert} or {@code beforeUpdate/afterUpdate}.
     *
     * <p>An UPDATE writes only the fields that changed since the instance was loaded or last saved, and
     * nothing is sent when none did ({@link #saveChanges()} says which happened). Values are first
     * normalised to what the column keeps (times to microseconds, {@code OffsetDateTime} to UTC, decimals
     * to the column's scale), so the instance equals what a fresh read returns.
     *
     * @return a future completing with this instance, its generated key set; it fails with
     *         {@link ValidationException} (nothing sent), {@link IntegrityException},
     *         {@link OptimisticLockException}, a failed hook's exception (nothing written), or
     *         {@link IllegalStateException} when no database is known
     */
    @SuppressWarnings("unchecked")
    public Future<T> save() {
        return withEngine(e -> e.save((T) this));
    }

    /**
     * {@link #save()} that says what it wrote: INSERTs a new instance; for a loaded or saved one UPDATEs only
     * the fields that changed since it was loaded or last saved (so two instances of one row that change
     * different fields keep both changes), and sends nothing at all when none changed.
     *
     * <p>When nothing changed, no hook runs and the result is {@link SaveResult.Outcome#UNCHANGED}.
     * Otherwise {@code beforeUpdate} runs first, and the fields it sets are written too, as are
     * {@code @AutoNow} fields and the {@link Version} field.
     *
     * @return a future with what was written; fails like {@link #save()}, or with
     *         {@link OptimisticLockException} when a {@link Version}ed row changed since it was read
     */
    @SuppressWarnings("unchecked")
    public Future<SaveResult> saveChanges() {
        return withEngine(e -> e.saveChanges((T) this));
    }

    /**
     * Whether a {@link #save()} would write: the instance is new, or a column field differs from the
     * value it had when it was loaded or last saved ({@code equals}; {@code byte[]} by content).
     */
    public boolean hasChanges() {
        return !persisted || !changedFields().isEmpty();
    }

    /**
     * The Java names of the column fields that differ from their values when this instance was loaded or
     * last saved, in column order; every column field for a new instance. The {@link Version} field is
     * not counted (setting it only changes what the next UPDATE expects).
     */
    public List<String> changedFields() {
        return Snapshots.changedFields(this);
    }

    /**
     * DELETEs this instance's row by primary key, running {@code beforeDelete/afterDelete}.
     *
     * @return a future that fails with {@link IllegalStateException} before any hook when the instance was
     *         never saved (or was deleted), with {@link OptimisticLockException} when a {@link Version}ed row
     *         changed since it was read, with a hook's exception (nothing deleted) or a database error
     */
    @SuppressWarnings("unchecked")
    public Future<Void> delete() {
        return withEngine(e -> e.delete((T) this));
    }

    /**
     * Reloads every column from the database.
     *
     * @return a future with this instance; fails with {@link NotFoundException} when the row is gone
     */
    @SuppressWarnings("unchecked")
    public Future<T> refresh() {
        return withEngine(e -> e.refresh((T) this));
    }

    /** Column values by Java field name, in column order (the seed's {@code to_dict()}). */
    public Map<String, Object> toMap() {
        ModelMeta<?> meta = ModelMeta.of(getClass());
        Map<String, Object> out = new LinkedHashMap<>();
        for (ColumnMeta c : meta.columns()) {
            out.put(c.fieldName(), c.get(this));
        }
        return out;
    }

    /**
     * The columns that {@code dump} keeps, by field name in column order (the seed's
     * {@code model_dump(exclude=..., exclude_none=True)}): {@code toMap(Dump.all().exclude("bio").excludeNulls())}.
     */
    public Map<String, Object> toMap(Dump dump) {
        return ModelJson.toMap(this, dump);
    }

    /**
     * Every column as Vert.x JSON, keyed by field name; the mapping of each type is
     * {@link io.kakaorm.json.ModelJson}'s (java.time as ISO-8601, BigDecimal as a string keeping its scale,
     * byte[] as Base64, UUID as a string, enums by name).
     */
    public JsonObject toJson() {
        return ModelJson.toJson(this);
    }

    /** The columns that {@code dump} keeps as JSON: {@code user.toJson(Dump.all().exclude("password"))}. */
    public JsonObject toJson(Dump dump) {
        return ModelJson.toJson(this, dump);
    }

    /**
     * A new, unsaved {@code type} from JSON, converted and validated (the seed's {@code model_validate});
     * unknown keys and a generated primary key are rejected. See
     * {@link io.kakaorm.json.ModelJson#fromJson(Class, io.vertx.core.json.JsonObject, io.kakaorm.json.FromJson)}
     * for a looser policy.
     *
     * @throws ValidationException listing every bad field with its reason
     */
    public static <M extends Model<M>> M fromJson(Class<M> type, JsonObject json) {
        return ModelJson.fromJson(type, json);
    }

    /** Whether this instance has a row: it was loaded, or saved successfully. */
    public boolean isPersisted() {
        return persisted;
    }

    /** Called before an INSERT; a failed future aborts the insert with nothing written. */
    protected Future<Void> beforeInsert() {
        return Future.succeededFuture();
    }

    /** Called after a successful INSERT (inside the same transaction, if any). */
    protected Future<Void> afterInsert() {
        return Future.succeededFuture();
    }

    /** Called before an UPDATE; a failed future aborts the update with nothing written. */
    protected Future<Void> beforeUpdate() {
        return Future.succeededFuture();
    }

    /** Called after a successful UPDATE. */
    protected Future<Void> afterUpdate() {
        return Future.succeededFuture();
    }

    /** Called before a DELETE; a failed future aborts it. */
    protected Future<Void> beforeDelete() {
        return Future.succeededFuture();
    }

    /** Called after a successful DELETE. */
    protected Future<Void> afterDelete() {
        return Future.succeededFuture();
    }

    // ---- relations (declare them as final fields: public final BelongsTo<Author> author = belongsTo(...))

    /**
     * A many-to-one relation through this model's foreign-key field {@code key}
     * ({@code belongsTo(Author.class, p -> p.authorId)}).
     */
    protected final <R extends Model<R>> BelongsTo<R> belongsTo(Class<R> target, Selector<T, ?> key) {
        return new BelongsTo<>(this, target, key);
    }

    /**
     * A many-to-one relation through the one {@code @ForeignKey} field of this model that references
     * {@code target} (a {@link ModelDefinitionException} on first use when there are none or several).
     */
    protected final <R extends Model<R>> BelongsTo<R> belongsTo(Class<R> target) {
        return new BelongsTo<>(this, target, null);
    }

    /** A one-to-many relation through {@code target}'s foreign-key field {@code key} ({@code hasMany(Post.class, p -> p.authorId)}). */
    protected final <R extends Model<R>> HasMany<R> hasMany(Class<R> target, Selector<R, ?> key) {
        return new HasMany<>(this, target, key);
    }

    /** A one-to-many relation through the one {@code @ForeignKey} field of {@code target} that references this model. */
    protected final <R extends Model<R>> HasMany<R> hasMany(Class<R> target) {
        return new HasMany<>(this, target, null);
    }

    /** A one-to-one relation through {@code target}'s foreign-key field {@code key}. */
    protected final <R extends Model<R>> HasOne<R> hasOne(Class<R> target, Selector<R, ?> key) {
        return new HasOne<>(this, target, key);
    }

    /** A one-to-one relation through the one {@code @ForeignKey} field of {@code target} that references this model. */
    protected final <R extends Model<R>> HasOne<R> hasOne(Class<R> target) {
        return new HasOne<>(this, target, null);
    }

    @Override
    public String toString() {
        ModelMeta<?> meta = ModelMeta.of(getClass());
        return "<" + getClass().getSimpleName() + " " + meta.primaryKey().fieldName() + "="
                + meta.primaryKey().get(this) + ">";
    }

    /**
     * Runs {@code op} on this instance's database, or for a new instance on the default one
     * ({@link DefaultEngine#resolve}); a failed future saying to use {@code db.save(model)} when there is none.
     */
    private <R> Future<R> withEngine(Function<ModelEngine, Future<R>> op) {
        ModelEngine e = engine;
        if (e == null) {
            try {
                e = DefaultEngine.resolve("This " + getClass().getSimpleName() + " (never loaded or saved)");
            } catch (IllegalStateException x) {
                return Future.failedFuture(x);
            }
        }
        return op.apply(e);
    }
}
