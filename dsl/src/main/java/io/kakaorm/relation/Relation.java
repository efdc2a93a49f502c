package io.kakaorm.relation;

import io.kakaorm.Model;
import io.kakaorm.Query;
import io.kakaorm.Selector;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.Param;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.spi.DefaultEngine;
import io.kakaorm.spi.ModelEngine;
import io.kakaorm.spi.ModelState;
import io.kakaorm.spi.QueryAccess;
import io.vertx.core.Future;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The common part of {@link BelongsTo}, {@link HasOne} and {@link HasMany}: a holder, owned by one
 * model instance, of the related value once it is loaded. Declare holders as final fields of the model
 * through {@code Model.belongsTo/hasOne/hasMany}; they are never columns.
 *
 * <p>Nothing is queried until {@link #load()} is called or the query that loaded the owner prefetches
 * the relation; afterwards {@link #get()} answers synchronously. Like model instances, holders are not
 * thread-safe.
 *
 * @param <R> the related model
 * @param <V> the value: {@code R} for one related instance, {@code List<R>} for many
 */
public abstract sealed class Relation<R extends Model<R>, V> permits BelongsTo, HasOne, HasMany {
    private final Model<?> owner;
    private final Class<R> target;
    private final Selector<?, ?> key;
    private RelationSpec spec;
    private V value;
    private boolean loaded;
    private Object loadedKey;
    ResultGroup group;

    Relation(Model<?> owner, Class<R> target, Selector<?, ?> key) {
        if (owner == null || target == null) {
            throw new IllegalArgumentException("a relation needs its owner and its target model class");
        }
        this.owner = owner;
        this.target = target;
        this.key = key;
    }

    /**
     * Loads the related value, or gives the one already loaded (by an earlier {@code load()} or a
     * prefetch) without a query.
     *
     * @return a future with the value; it fails with {@link IllegalStateException} when the owner has
     *         no database or (for {@code hasOne}/{@code hasMany}) is not saved, or with a database error
     */
    public final Future<V> load() {
        if (isLoaded()) {
            return Future.succeededFuture(value);
        }
        Object k;
        Future<V> fetched;
        try {
            k = currentKey();
            if (group != null) {
                group.lazyLoaded(spec());
            }
            fetched = fetch(k); // fails here when the owner belongs to no database
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        return fetched.map(v -> {
            fill(v, k);
            return v;
        });
    }

    /**
     * The loaded value.
     *
     * @throws RelationNotLoadedException when it was not loaded yet (or, for {@code belongsTo}, the
     *                                    foreign key changed since): the message says how to load it
     */
    public final V get() {
        if (!isLoaded()) {
            throw new RelationNotLoadedException(owner.getClass(), spec().name(), target);
        }
        return value;
    }

    /** Whether {@link #get()} has a value (for {@code belongsTo}: loaded for the current foreign key). */
    public final boolean isLoaded() {
        if (!loaded) {
            return false;
        }
        return !(this instanceof BelongsTo<?>) || Objects.equals(loadedKey, Keys.norm(ownerKeyOrNull()));
    }

    /**
     * A query of the related rows, to refine ({@code where}, {@code orderBy}, {@code limit},
     * {@code count}, {@code exists}, …) before running it. Never served from the loaded value.
     *
     * @throws IllegalStateException when the owner has no database
     */
    public final Query<R> query() {
        ColumnMeta col = spec().targetColumn();
        Object k = ownerKeyOrNull();
        Query<R> q = QueryAccess.from(target, engine().queries());
        if (k == null) {
            return QueryAccess.where(q, new InParam(new ColumnRef(col), 0, false), List.of(List.of()));
        }
        return QueryAccess.where(
                q, new Binary(BinaryOp.EQ, new ColumnRef(col), new Param(0, col.type())), Arrays.asList(k));
    }

    /** The related model class. */
    public final Class<R> target() {
        return target;
    }

    /** Runs the query for the value of key {@code k}. */
    abstract Future<V> fetch(Object k);

    /** The key the lookup uses now; may refuse (unsaved owner). */
    abstract Object currentKey();

    final void fill(V v, Object k) {
        value = v;
        loaded = true;
        loadedKey = Keys.norm(k);
    }

    final Object ownerKeyOrNull() {
        return spec().ownerColumn().get(owner);
    }

    final RelationSpec spec() {
        if (spec == null) {
            spec = RelationResolver.resolve(this);
        }
        return spec;
    }

    final Model<?> owner() {
        return owner;
    }

    final Selector<?, ?> key() {
        return key;
    }

    private ModelEngine engine() {
        ModelEngine e = ModelState.engineOf(owner);
        return e != null
                ? e
                : DefaultEngine.resolve("The " + owner.getClass().getSimpleName() + " of relation " + spec().label()
                        + " (never loaded or saved)");
    }
}
