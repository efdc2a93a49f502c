package io.kakaorm.spi;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Finds the engine (database) of a model instance that was not loaded from, or saved to, one: a
 * {@code new Post()} whose {@code save()}, {@code delete()} or relation is called. Thread-safe.
 *
 * <p>The engine is, in this order:
 * <ol>
 * <li>the one made the default on the calling Vert.x context ({@code db.makeDefault()} called on it, e.g. in a
 *     verticle's {@code start});</li>
 * <li>the only one opened on the calling Vert.x context ({@code KakaORM.connect} called on it): a verticle
 *     that opens one database needs nothing more; one that opens several must choose;</li>
 * <li>the process-wide default ({@code db.makeDefault()} called outside Vert.x, e.g. in {@code main}).</li>
 * </ol>
 * Anything else is an {@link IllegalStateException} saying to use {@code db.save(model)}. A closed engine
 * ({@link #clearIf}) is never chosen. A context's duplicates (a transaction's, a request's) share its choice.
 */
public final class DefaultEngine {
    private static final String KEY = DefaultEngine.class.getName();
    private static volatile ModelEngine global;
    private static final Set<ModelEngine> CLOSED =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private DefaultEngine() {}

    /** The engines of one Vert.x context (kept in its shared data, so its duplicates see them too). */
    private static final class Bound {
        volatile ModelEngine chosen;
        final List<ModelEngine> opened = new CopyOnWriteArrayList<>();
    }

    /**
     * Makes {@code engine} the default: of the calling Vert.x context when there is one, else of the
     * process. {@code null} clears that default.
     */
    public static void set(ModelEngine engine) {
        Context c = Vertx.currentContext();
        if (c == null) {
            global = engine;
        } else {
            bound(c).chosen = engine;
        }
    }

    /** Records that {@code engine} was opened on {@code context} (nothing when {@code context} is null). */
    public static void bind(Context context, ModelEngine engine) {
        if (context != null && engine != null) {
            bound(context).opened.add(engine);
        }
    }

    /** Forgets {@code engine} everywhere (it was closed). */
    public static void clearIf(ModelEngine engine) {
        if (engine == null) {
            return;
        }
        CLOSED.add(engine);
        if (global == engine) {
            global = null;
        }
    }

    /** The engine for a model without one, or {@code null} when there is none or the choice is ambiguous. */
    public static ModelEngine get() {
        List<ModelEngine> found = candidates();
        return found.size() == 1 ? found.get(0) : null;
    }

    /**
     * The engine for a model without one.
     *
     * @param what the model or relation that needs it, for the message ({@code "new Post"})
     * @throws IllegalStateException when there is none, or several open on the calling context and none chosen
     */
    public static ModelEngine resolve(String what) {
        List<ModelEngine> found = candidates();
        if (found.size() == 1) {
            return found.get(0);
        }
        String fix = "save it through a database with db.save(model) (or db.create(...)), which ties it to that"
                + " database from then on";
        if (found.isEmpty()) {
            throw new IllegalStateException(what + " belongs to no database: " + fix
                    + "; or call db.makeDefault() (in a verticle's start(): for that verticle)");
        }
        throw new IllegalStateException(what + " belongs to no database, and " + found.size()
                + " databases are open on this Vert.x context " + found + ": " + fix
                + "; or choose one for this context with db.makeDefault()");
    }

    /** One engine (the choice), or every open engine of the calling context, or the global default. */
    private static List<ModelEngine> candidates() {
        Context c = Vertx.currentContext();
        if (c != null && c.get(KEY) instanceof Bound b) {
            ModelEngine chosen = b.chosen;
            if (chosen != null && !CLOSED.contains(chosen)) {
                return List.of(chosen);
            }
            List<ModelEngine> open = new ArrayList<>();
            for (ModelEngine e : b.opened) {
                if (CLOSED.contains(e)) {
                    b.opened.remove(e);
                } else {
                    open.add(e);
                }
            }
            if (!open.isEmpty()) {
                return open;
            }
        }
        ModelEngine g = global;
        return g == null || CLOSED.contains(g) ? List.of() : List.of(g);
    }

    private static Bound bound(Context c) {
        synchronized (DefaultEngine.class) {
            if (c.get(KEY) instanceof Bound b) {
                return b;
            }
            Bound b = new Bound();
            c.put(KEY, b);
            return b;
        }
    }
}
