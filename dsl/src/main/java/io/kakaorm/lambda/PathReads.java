package io.kakaorm.lambda;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.ScalarSubquery;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.query.Select;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Relation paths read as values ({@code select(p -> p.author.get().name)}, {@code orderBy}, update values,
 * aggregates): where Java's {@code get()} is {@code null} its {@code .name} throws, so the query must fail
 * there rather than read NULL. {@link #missing} is the predicate "Java throws on this row", with Java's
 * left-to-right {@code && || ?:} (a path Java skips is not read); the query layer checks it on the rows
 * each part reads. Filters are not checked: {@link NullGuard} makes them false there.
 *
 * <p>Thread-safe; descriptions are kept per path shape, source lines per decoded lambda (weakly).
 */
public final class PathReads {
    private static final ConcurrentHashMap<Select, String> RELATIONS = new ConcurrentHashMap<>();
    /** The lambda that decoded each path statement (an instance per lambda: by identity, weakly). */
    private static final ConcurrentHashMap<Ref, String> SOURCES = new ConcurrentHashMap<>();

    private static final ReferenceQueue<Select> GONE = new ReferenceQueue<>();

    /** A path statement by identity, dropped with the translation that holds it. */
    private static final class Ref extends WeakReference<Select> {
        private final int hash;

        Ref(Select s, ReferenceQueue<Select> q) {
            super(s, q);
            this.hash = System.identityHashCode(s);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Ref r && get() != null && get() == r.get();
        }
    }

    private PathReads() {}

    static void describe(Select path, String relation) {
        RELATIONS.putIfAbsent(path, relation);
    }

    /**
     * Notes that the lambda at {@code source} reads the paths of {@code exprs} as values (for messages).
     *
     * @param exprs the decoded value or constructor arguments
     * @param source where the lambda is written
     */
    public static void noteSource(List<Expr> exprs, String source) {
        for (Reference<? extends Select> r = GONE.poll(); r != null; r = GONE.poll()) {
            SOURCES.remove(r);
        }
        for (Expr e : exprs) {
            if (e == null) {
                continue;
            }
            for (ScalarSubquery p : PathCollector.of(e)) {
                SOURCES.putIfAbsent(new Ref((Select) p.subquery(), GONE), source);
            }
        }
    }

    /**
     * Whether {@code e} reads a relation path outside a guard (cheap when it does not).
     *
     * @param e an expression, or {@code null}
     * @return true when a path value is read
     */
    public static boolean reads(Expr e) {
        return e != null && !PathCollector.of(e).isEmpty();
    }

    /**
     * The relation paths {@code e} reads, described ({@code Tale.writer.get()}), with the lambdas that read
     * them ({@code RelationPathTest.java:42}).
     *
     * @param e the checked expression
     * @return the relation descriptions and source lines, in order
     */
    public static Described described(Expr e) {
        Set<String> relations = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        for (ScalarSubquery p : PathCollector.of(e)) {
            Select s = (Select) p.subquery();
            relations.add(RELATIONS.getOrDefault(s, s.from().modelClass().getSimpleName() + " relation"));
            String at = SOURCES.get(new Ref(s, null));
            if (at != null) {
                sources.add(at);
            }
        }
        return new Described(List.copyOf(relations), List.copyOf(sources));
    }

    /**
     * What a check names.
     *
     * @param relations the paths' relations ({@code Tale.writer.get()})
     * @param sources the lambdas reading them ({@code File.java:42})
     */
    public record Described(List<String> relations, List<String> sources) {}

    /**
     * The probes of the related rows a WHERE already requires to be there (top-level {@code AND} of a guard's
     * {@code probe IS NOT NULL}): a path read of those rows cannot fail on the rows it selects.
     *
     * @param where the statement's predicate, or {@code null}
     * @return the probes (their outer key and statement)
     */
    public static Set<ScalarSubquery> assured(Expr where) {
        Set<ScalarSubquery> out = new HashSet<>();
        conjuncts(where, out);
        return out;
    }

    private static void conjuncts(Expr e, Set<ScalarSubquery> out) {
        if (e instanceof Binary b && b.op() == BinaryOp.AND) {
            conjuncts(b.left(), out);
            conjuncts(b.right(), out);
        } else if (e instanceof Unary u
                && u.op() == UnaryOp.IS_NOT_NULL
                && u.operand() instanceof ScalarSubquery s
                && s.probe()) {
            out.add(s); // with its key: the same relation of another source is another row
        }
    }

    /**
     * The predicate true on a row where evaluating {@code e} in Java throws because a related row is
     * missing; {@code null} when it never does (no path, or every path's row {@code assured}).
     *
     * @param e the value
     * @param assured probes a WHERE already requires ({@link #assured})
     * @return a two-valued predicate, or {@code null}
     */
    public static Expr missing(Expr e, Set<ScalarSubquery> assured) {
        if (!reads(e)) {
            return null;
        }
        if (e instanceof ScalarSubquery s && s.path()) {
            ScalarSubquery probe = RelationPaths.probe(s);
            Expr key = missing(s.key(), assured);
            Expr here = assured.contains(probe) ? null : new Unary(UnaryOp.IS_NULL, probe);
            return or(key, here);
        }
        if (e instanceof Binary b && (b.op() == BinaryOp.AND || b.op() == BinaryOp.OR)) {
            // Java reads the right side only when the left one is true (&&) or false (||)
            Expr l = missing(b.left(), assured);
            Expr r = missing(b.right(), assured);
            if (r == null) {
                return l;
            }
            Expr whenLeftTrue = b.op() == BinaryOp.AND ? r : Literal.FALSE;
            Expr otherwise = b.op() == BinaryOp.AND ? Literal.FALSE : r;
            List<CaseWhen.When> w = new ArrayList<>();
            if (l != null) {
                w.add(new CaseWhen.When(l, Literal.TRUE));
            }
            w.add(new CaseWhen.When(b.left(), whenLeftTrue));
            return new CaseWhen(w, otherwise);
        }
        if (e instanceof CaseWhen c) { // a ternary: the condition, then one side
            List<CaseWhen.When> w = new ArrayList<>();
            for (CaseWhen.When when : c.whens()) {
                Expr mc = missing(when.condition(), assured);
                if (mc != null) {
                    w.add(new CaseWhen.When(mc, Literal.TRUE));
                }
                Expr mr = missing(when.result(), assured);
                w.add(new CaseWhen.When(when.condition(), mr == null ? Literal.FALSE : mr));
            }
            Expr mo = missing(c.otherwise(), assured);
            return new CaseWhen(w, mo == null ? Literal.FALSE : mo);
        }
        Expr out = null; // every other node evaluates all its operands
        for (Expr child : Children.of(e)) {
            out = or(out, missing(child, assured));
        }
        return out;
    }

    /**
     * The direct operands of a node, left to right.
     *
     * @param e the node
     * @return its operands
     */
    public static List<Expr> children(Expr e) {
        return Children.of(e);
    }

    /** {@code CASE WHEN missing THEN 1 ELSE 0 END}: a flag a select list or {@code MAX} can hold. */
    public static Expr flag(Expr missing) {
        return new CaseWhen(
                List.of(new CaseWhen.When(missing, new Literal(1L, ColumnType.LONG))),
                new Literal(0L, ColumnType.LONG));
    }

    private static Expr or(Expr a, Expr b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : new Binary(BinaryOp.OR, a, b);
    }
}
