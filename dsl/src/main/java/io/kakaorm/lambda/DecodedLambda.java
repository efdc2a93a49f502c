package io.kakaorm.lambda;

import io.kakaorm.QueryTranslationException;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.expr.Window;
import java.io.Serializable;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A query lambda translated to an expression tree: the SQL shape (cached per lambda class) plus the way
 * to read its bind parameters from a lambda instance on each call.
 *
 * <p>Either {@link #expr()} is set (a predicate or a value: {@code where}, {@code orderBy},
 * {@code select(p -> p.title)}, aggregates), or the lambda is a {@linkplain #isProjection() projection}
 * ({@code p -> new TitleViews(p.title, p.views)}): then {@link #items()} are the constructor's
 * arguments in order and {@link #projectionConstructor()} builds the result from their values.
 *
 * <p>Parameter slots in the tree are {@code 0 … paramCount()-1}, numbered in order of first appearance
 * (left to right); {@link #params(Serializable)} returns their values for one lambda instance. Use
 * {@link Exprs#shiftParams(Expr, int)} to place them after another lambda's.
 *
 * <p>Immutable and thread-safe.
 */
public final class DecodedLambda {
    private static final Object[] NONE = new Object[0];

    private final Translation translation;
    private final Class<?>[] rowTypes;
    private final CapturedReader captured;
    /** Slots divided by in floating point: a zero, NaN or infinite value there is refused at bind time. */
    private final int[] floatingDivisors;
    /** Whether {@link #expr()} holds an aggregate call or a window function (found once, asked per query). */
    private final boolean aggregateOrWindow;
    /** {@link #where()}, made on first use (each query asks; concatenating per call cost a join's build 1 %). */
    private String where;

    DecodedLambda(Translation translation, Class<?>[] rowTypes, CapturedReader captured) {
        this.translation = translation;
        this.rowTypes = rowTypes;
        this.captured = captured;
        this.floatingDivisors =
                FloatingDivisors.slots(translation.expr() != null ? translation.expr() : translation.items());
        this.aggregateOrWindow = aggregateOrWindow(translation.expr());
    }

    /**
     * Whether the predicate or value holds an aggregate call ({@code count}, {@code sum}, …) or a window
     * function: what a filter, a join condition or a group key must not hold. {@code false} for a projection.
     */
    public boolean hasAggregateOrWindow() {
        return aggregateOrWindow;
    }

    private static boolean aggregateOrWindow(Expr e) {
        if (e == null) {
            return false;
        }
        if (e instanceof Window || e instanceof Call c && c.function().isAggregate()) {
            return true;
        }
        for (Expr part : Children.of(e)) {
            if (aggregateOrWindow(part)) {
                return true;
            }
        }
        return false;
    }

    boolean matches(Class<?>[] requested) {
        return requested == rowTypes || Arrays.equals(requested, rowTypes);
    }

    /** The predicate or value, or {@code null} for a projection. */
    public Expr expr() {
        return translation.expr();
    }

    /**
     * A filter as {@code where} ({@code exclude} false) or {@code exclude} runs it over a statement some of
     * whose sources may be missing (the sides of outer joins, which the lambda sees as null): true exactly
     * where Java returns true (false for exclude) without throwing NullPointerException. The same instance
     * for the same arguments.
     *
     * @param exclude whether the rows where Java returns false are wanted
     * @param missing which sources (0 … rows - 1) may be missing
     * @return the predicate
     */
    public Expr filter(boolean exclude, IntPredicate missing) {
        int mask = 0;
        for (int i = 0; i < rowTypes.length && i < 30; i++) {
            mask |= missing.test(i) ? 1 << i : 0;
        }
        if (mask == 0 && !exclude) {
            return translation.expr();
        }
        int m = mask;
        return translation.filterForms().computeIfAbsent(mask * 2 + (exclude ? 1 : 0), k -> {
            IntPredicate gone = source -> source < 30 && (m & 1 << source) != 0;
            if (translation.raw() == null) {
                return exclude ? new Unary(UnaryOp.NOT, translation.expr()) : translation.expr();
            }
            Expr raw = translation.raw();
            return GuardedCalls.apply(exclude ? NullGuard.exclude(raw, gone) : NullGuard.where(raw, gone));
        });
    }

    /** Whether the lambda builds an object through a constructor ({@code p -> new View(p.a, p.b)}). */
    public boolean isProjection() {
        return translation.expr() == null;
    }

    /** A projection's constructor arguments, in order; empty when this is not a projection. */
    public List<Expr> items() {
        return translation.items();
    }

    /** A projection's class, or {@code null}. */
    public Class<?> projectionClass() {
        return translation.projectionClass();
    }

    /**
     * A projection's constructor, taking one argument per {@link #items() item}, or {@code null}.
     * Primitive parameters need non-null values of the matching box type.
     */
    public MethodHandle projectionConstructor() {
        return translation.constructor();
    }

    /**
     * The Java type of the lambda's result as written, before any boxing the interface adds:
     * {@code boolean} for predicates, {@code int} for {@code p -> p.views}, {@code long} for
     * {@code p -> Sql.sum(p.views)}, {@code String} for a concatenation, the class for a projection;
     * {@code null} when it cannot be loaded.
     */
    public Class<?> valueType() {
        return translation.valueType();
    }

    /** How many bind parameters the tree refers to. */
    public int paramCount() {
        return translation.evals().length;
    }

    /**
     * The bind parameter values for one instance of the lambda: captured values and row-independent
     * sub-expressions, evaluated now, in Java. For an IN over a collection the value is the collection
     * (or the {@code io.kakaorm.Subquery}) itself.
     *
     * @param lambda an instance of the lambda this was decoded from (same lambda class)
     * @return a new array of {@link #paramCount()} values
     * @throws RuntimeException whatever the lambda's own Java code throws while computing them
     */
    public Object[] params(Serializable lambda) {
        ThunkCompiler.Eval[] evals = translation.evals();
        if (evals.length == 0) {
            return NONE;
        }
        Object[] args = captured.read(lambda);
        Object[] out = new Object[evals.length];
        for (int i = 0; i < evals.length; i++) {
            try {
                out[i] = evals[i].eval(args);
            } catch (NullPointerException e) {
                // a value computed from a null capture (c.intValue() of a null c): the lambda can only use it
                // on a branch that a null test guards (c != null && p.x > c), which SQL evaluates with NULL
                out[i] = null;
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("computing a parameter of the lambda at " + where() + " failed", e);
            }
        }
        for (Object v : out) {
            // Java compares NaN unequal to everything (!= true, the rest false); SQLite binds it as NULL,
            // PostgreSQL orders it above every number and MariaDB cannot hold it: no exact SQL meaning
            if ((v instanceof Double d && d.isNaN()) || (v instanceof Float f && f.isNaN())) {
                throw new QueryTranslationException(
                        "a value computed from the captured variables is NaN",
                        "Java compares NaN unequal to everything, which SQL does not: test it (Double.isNaN) "
                                + "before building the query",
                        declaringClass(),
                        sourceFile(),
                        line());
            }
            // Infinity * 0 is NaN in Java, NULL in SQLite; MariaDB cannot hold an infinite DOUBLE at all
            if ((v instanceof Double d && d.isInfinite()) || (v instanceof Float f && f.isInfinite())) {
                throw new QueryTranslationException(
                        "a value computed from the captured variables is " + v,
                        "Java's arithmetic with an infinite value (Infinity * 0 is NaN) has no exact SQL meaning: "
                                + "test it (Double.isInfinite) before building the query",
                        declaringClass(),
                        sourceFile(),
                        line());
            }
        }
        for (int slot : floatingDivisors) {
            if (FloatingDivisors.unsafe(out[slot])) {
                throw new QueryTranslationException(
                        "a floating-point division by the captured value " + out[slot],
                        "Java gives Infinity or NaN here, which SQL cannot hold: test the divisor "
                                + "before building the query",
                        declaringClass(),
                        sourceFile(),
                        line());
            }
        }
        return out;
    }

    /** The class that declares the lambda's code. */
    public Class<?> declaringClass() {
        return translation.declaringClass();
    }

    /** The source file of the lambda, or {@code null}. */
    public String sourceFile() {
        return translation.sourceFile();
    }

    /** The first source line of the lambda, or -1. */
    public int line() {
        return translation.line();
    }

    /** {@code PostService.java:42}, for messages. */
    public String where() {
        String w = where; // a String is safely published without a lock; two threads at worst both build it
        if (w == null) {
            String file = sourceFile() != null ? sourceFile() : declaringClass().getName();
            where = w = line() > 0 ? file + ":" + line() : file;
        }
        return w;
    }

    @Override
    public String toString() {
        return "DecodedLambda[" + where() + " " + (isProjection() ? items() : expr()) + "]";
    }
}
