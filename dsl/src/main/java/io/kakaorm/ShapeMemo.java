package io.kakaorm;

import io.kakaorm.expr.Expr;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.InSubquery;
import io.kakaorm.expr.ScalarSubquery;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statements a query's building steps made before, per call site: a step (a where, a join, a
 * select…) taken again on the <em>same</em> statement instance with the <em>same</em> decoded lambda
 * tree (the decoder keeps one tree per lambda class, so the same tree means the same call site) at the
 * same parameter position yields the statement it yielded then, instead of binding the tree and building
 * a new statement. Repeated queries thus get the very same {@link io.kakaorm.query.Select} instance at
 * every step, whose rendered SQL the dialect's shape cache then finds by identity, without hashing the
 * tree.
 *
 * <p>Only steps whose result cannot depend on the captured values are remembered: a tree with an
 * {@code IN} over a captured value (which may be a subquery) or a scalar subquery taken from a captured
 * value is bound afresh each time. Keys hold their parts by identity (statements and trees are immutable),
 * so a step on a freshly built statement (after a limit, an order, …) is never confused with another;
 * those steps are not remembered at all (they could not be found again). Bounded: cleared when full.
 * Thread-safe.
 */
final class ShapeMemo {
    private static final int MAX_ENTRIES = 4096;
    private static final ConcurrentHashMap<Key, Object> MADE = new ConcurrentHashMap<>();
    /** The statements this memo handed out: only steps taken on one of them can be found again. */
    private static final ConcurrentHashMap<Same, Boolean> SHARED = new ConcurrentHashMap<>();

    private ShapeMemo() {}

    /**
     * What {@code step} over {@code before} with the tree {@code lambda} at parameter position {@code base}
     * made before, or {@code null}. {@code step} is compared by {@code equals} (a small value naming the
     * step and anything else its result depends on).
     */
    @SuppressWarnings("unchecked")
    static <T> T get(Object before, Object lambda, Object step, int base) {
        return (T) MADE.get(new Key(before, lambda, step, base));
    }

    /**
     * Remembers {@code made} for the step (when {@code before} is a statement this memo handed out, or a
     * root); returns {@code made}.
     */
    static <T> T put(Object before, Object lambda, Object step, int base, T made, boolean root) {
        if (!root && !SHARED.containsKey(new Same(before))) {
            return made;
        }
        if (MADE.size() >= MAX_ENTRIES) {
            MADE.clear(); // a flood of shapes: start over rather than grow
            SHARED.clear();
        }
        MADE.put(new Key(before, lambda, step, base), made);
        SHARED.put(new Same(made), Boolean.TRUE);
        return made;
    }

    /** Whether {@code made} is something this memo handed out (so steps taken on it can be found again). */
    static boolean shared(Object made) {
        return SHARED.containsKey(new Same(made));
    }

    /** Whether binding {@code e} depends only on its tree and position, never on the captured values. */
    static boolean valueFree(Expr e) {
        // an InSubquery is built per call (whereIn(value, subquery)): remembering it would only fill the memo
        return e == null
                || !ExprParts.anyNode(
                        e,
                        n -> n instanceof InParam
                                || n instanceof InSubquery
                                || n instanceof ScalarSubquery s && !s.bound());
    }

    /** {@link #valueFree} for every tree. */
    static boolean valueFree(List<Expr> es) {
        for (Expr e : es) {
            if (!valueFree(e)) {
                return false;
            }
        }
        return true;
    }

    private record Key(Object before, Object lambda, Object step, int base, int hash) {
        Key(Object before, Object lambda, Object step, int base) {
            this(
                    before,
                    lambda,
                    step,
                    base,
                    ((31 * System.identityHashCode(before) + System.identityHashCode(lambda)) * 31
                                            + Objects.hashCode(step))
                                    * 31
                            + base);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && before == k.before
                    && lambda == k.lambda
                    && base == k.base
                    && hash == k.hash
                    && Objects.equals(step, k.step);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private record Same(Object made) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && made == s.made;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(made);
        }
    }
}
