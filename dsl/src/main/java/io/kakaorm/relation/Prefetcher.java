package io.kakaorm.relation;

import io.kakaorm.Model;
import io.kakaorm.Query;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.InParam;
import io.kakaorm.query.Select;
import io.kakaorm.spi.DefaultEngine;
import io.kakaorm.spi.ModelEngine;
import io.kakaorm.spi.ModelState;
import io.kakaorm.spi.QueryAccess;
import io.vertx.core.Future;
import java.lang.reflect.Field;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Runs the prefetches of a query over its result: one query per relation (per chunk of keys that fits
 * the database's bind-parameter limit), and the N+1 guard's bookkeeping. For {@link Query}; applications
 * call {@code Query.prefetch(...)} instead.
 */
public final class Prefetcher {
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final CodeSource DSL = Query.class.getProtectionDomain().getCodeSource();

    private Prefetcher() {}

    /**
     * One relation to prefetch.
     *
     * @param relation gives the holder of a result instance ({@code p -> p.author})
     * @param refine   refines the query of the related rows (filter, order, nested prefetch); identity
     *                 when not refined
     * @param <T>      the model of the result
     */
    public record Step<T>(Function<? super T, ? extends Relation<?, ?>> relation, UnaryOperator<Query<?>> refine) {}

    /**
     * Where a query of {@code model} is run from (the first frame outside the DSL module), or {@code null} when
     * the model has no relations and so nothing to guard.
     */
    public static String callSite(Class<?> model) {
        if (RelationResolver.FIELDS.get(model).isEmpty()) {
            return null;
        }
        return WALKER.walk(s -> s.filter(f -> !Objects.equals(
                        f.getDeclaringClass().getProtectionDomain().getCodeSource(), DSL))
                .findFirst()
                .map(f -> f.getFileName() + ":" + f.getLineNumber() + " (" + f.getClassName() + "." + f.getMethodName()
                        + ")")
                .orElse("?"));
    }

    /** After {@code rows} arrive: runs {@code steps} on them and ties them into one result group. */
    public static <T> Future<List<T>> after(Future<List<T>> rows, List<Step<T>> steps, String callSite) {
        if (steps.isEmpty() && callSite == null) {
            return rows;
        }
        return rows.compose(list -> {
            if (callSite != null) {
                ResultGroup g = new ResultGroup(callSite);
                for (T row : list) {
                    for (Field f : RelationResolver.FIELDS.get(row.getClass())) {
                        holder(f, row).group = g;
                    }
                }
            }
            Future<Void> done = Future.succeededFuture();
            for (Step<T> s : steps) {
                done = done.compose(v -> run(list, s));
            }
            return done.map(v -> list);
        });
    }

    /** {@link #after(Future, List, String)} for a single (possibly null) result. */
    public static <T> Future<T> afterOne(Future<T> row, List<Step<T>> steps, String callSite) {
        if (steps.isEmpty() && callSite == null) {
            return row;
        }
        return row.compose(r -> r == null
                ? Future.succeededFuture(null)
                : after(Future.succeededFuture(List.of(r)), steps, callSite).map(l -> r));
    }

    private static Relation<?, ?> holder(Field f, Object row) {
        try {
            return (Relation<?, ?>) f.get(row);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Future<Void> run(List<T> owners, Step<T> step) {
        if (owners.isEmpty()) {
            return Future.succeededFuture();
        }
        List<Relation> holders = new ArrayList<>(owners.size());
        LinkedHashSet<Object> keys = new LinkedHashSet<>();
        RelationSpec spec;
        ModelEngine engine;
        try {
            for (T o : owners) {
                Relation<?, ?> h = step.relation().apply(o);
                if (h == null || h.owner() != o) {
                    throw new IllegalArgumentException("prefetch(...) must give a relation field of the row itself,"
                            + " like p -> p.author; got " + h);
                }
                holders.add(h);
            }
            spec = holders.get(0).spec();
            for (Relation h : holders) {
                Object k = spec.ownerColumn().get(h.owner());
                if (k != null) {
                    keys.add(Keys.norm(k));
                }
            }
            Model<?> first = holders.get(0).owner();
            engine = ModelState.engineOf(first) != null
                    ? ModelState.engineOf(first)
                    : DefaultEngine.resolve("Prefetching " + spec.label() + ": the rows (never loaded or saved)");
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        Query<?> base = step.refine().apply(QueryAccess.from((Class) spec.target(), engine.queries()));
        Select statement = QueryAccess.select(base);
        if (statement.limit() != null || statement.offset() != null) {
            return Future.failedFuture(new IllegalArgumentException("a prefetch of " + spec.label()
                    + " cannot have limit/offset (they would apply to all owners together); filter with where()"));
        }
        ColumnType keyType = spec.targetColumn().type();
        boolean wholeNumbers = keyType == ColumnType.INT || keyType == ColumnType.LONG || keyType == ColumnType.SHORT;
        // whole-number keys are bound as one array/JSON value past 16 (no bind limit): one query for all
        int chunk = wholeNumbers
                ? Integer.MAX_VALUE
                : Math.max(1, engine.maxBindParams() - base.parameters().size());
        List<Object> all = new ArrayList<>(keys);
        Future<List<Object>> loaded = Future.succeededFuture(new ArrayList<>());
        for (int from = 0; from < all.size(); from += chunk) {
            List<Object> part = all.subList(from, Math.min(all.size(), from + chunk));
            loaded = loaded.compose(acc -> QueryAccess.where(
                            (Query<Object>) base,
                            new InParam(new ColumnRef(spec.targetColumn()), 0, false),
                            List.of(part))
                    .list()
                    .map(rows -> {
                        acc.addAll(rows);
                        return acc;
                    }));
        }
        return loaded.map(related -> {
            assign(holders, spec, related);
            return null;
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void assign(List<Relation> holders, RelationSpec spec, List<Object> related) {
        Map<Object, List<Object>> byKey = new HashMap<>();
        for (Object r : related) {
            byKey.computeIfAbsent(Keys.norm(spec.targetColumn().get(r)), k -> new ArrayList<>())
                    .add(r);
        }
        for (Relation h : holders) {
            Object k = spec.ownerColumn().get(h.owner());
            List<Object> found = k == null ? null : byKey.get(Keys.norm(k));
            if (spec.many()) {
                h.fill(found == null ? List.of() : List.copyOf(found), k);
            } else {
                h.fill(found == null ? null : found.get(0), k);
            }
        }
    }
}
