package io.kakaorm.lambda;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.InSubquery;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.MatchKind;
import io.kakaorm.expr.Param;
import io.kakaorm.expr.ScalarSubquery;
import io.kakaorm.expr.StringMatch;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.expr.Window;
import io.kakaorm.meta.ColumnMeta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A filter selects a row only where Java's lambda returns true without throwing NullPointerException.
 * {@link #where} turns a decoded predicate, whose dereferences {@link Derefs} marked (and whose relation
 * paths read a related row that may be missing), into "Java returns true" ∧ "no dereference on the path
 * Java evaluates is of a NULL"; {@link #exclude} into "Java returns false" ∧ the same. Java's order is kept:
 * the right side of {@code a && b} is only evaluated where {@code a} is true, of {@code a || b} where it is
 * false, one side of a ternary after its condition; {@code !} swaps the two forms. A null test Java made
 * before ({@code r.ns != null && r.ns.trim()…}) needs no second guard.
 *
 * <p>A predicate without a dereference of anything that may be NULL comes back as it was (the marks
 * removed), and {@code exclude} is then its plain NOT: no extra SQL for NOT NULL columns. A guard is a
 * {@link Function#PRESENT}, which the renderer leaves out where its value cannot be NULL in the statement.
 */
final class NullGuard {
    private static final Set<Function> STRICT = Set.of(
            Function.LENGTH,
            Function.ABS,
            Function.TO_LONG,
            Function.TO_DOUBLE,
            Function.WRAP_INT,
            Function.WRAP_SHORT,
            Function.TRUNC_INT,
            Function.TRUNC_LONG,
            Function.LONG_ADD,
            Function.LONG_SUB,
            Function.LONG_MUL,
            Function.TRIM,
            Function.STRIP,
            Function.STRIP_LEADING,
            Function.STRIP_TRAILING,
            Function.LOWER,
            Function.UPPER);

    /** The sources of the statement that may be missing (an outer join's side): their rows may be null. */
    private final IntPredicate missing;

    private NullGuard(IntPredicate missing) {
        this.missing = missing;
    }

    /** True exactly where Java returns true without throwing; the marks removed. */
    static Expr where(Expr raw, IntPredicate missing) {
        NullGuard g = new NullGuard(missing);
        return strip(g.hazardous(raw, Set.of()) ? g.whenTrue(raw, Set.of()) : raw);
    }

    /** True exactly where Java returns false without throwing; the marks removed. */
    static Expr exclude(Expr raw, IntPredicate missing) {
        NullGuard g = new NullGuard(missing);
        return strip(g.hazardous(raw, Set.of()) ? g.whenFalse(raw, Set.of()) : not(raw));
    }

    /** Whether {@code e} holds a dereference mark (else no guard pass is needed). */
    static boolean marked(Expr e) {
        return e.toString().contains("function=DEREF") || !PathCollector.of(e).isEmpty();
    }

    /** {@code e} without its marks. */
    static Expr strip(Expr e) {
        return new SlotRewriter(s -> s, true).rewrite(e);
    }

    // ---- the two forms ----

    private Expr whenTrue(Expr e, Set<Expr> a) {
        if (!hazardous(e, a)) {
            return e;
        }
        if (e instanceof Binary b && b.op() == BinaryOp.AND) {
            return and(whenTrue(b.left(), a), whenTrue(b.right(), with(a, factsTrue(b.left()))));
        }
        if (e instanceof Binary b && b.op() == BinaryOp.OR) {
            Set<Expr> after = with(a, factsFalse(b.left()));
            if (!logical(b.left())) { // a leaf: once its dereferences are there it is two-valued
                Expr g = ok(b.left(), a);
                return and(g, or(b.left(), whenTrue(b.right(), with(after, keys(g)))));
            }
            if (!hazardous(b.left(), a)) {
                return or(b.left(), whenTrue(b.right(), after));
            }
            return or(whenTrue(b.left(), a), and(whenFalse(b.left(), a), whenTrue(b.right(), after)));
        }
        if (e instanceof Unary u && u.op() == UnaryOp.NOT) {
            return whenFalse(u.operand(), a);
        }
        if (e instanceof CaseWhen c && c.type() == ColumnType.BOOLEAN) {
            return ternary(c, 0, a, true);
        }
        Expr unless = strict(e);
        if (unless == Literal.TRUE) {
            return e; // NULL where Java throws, so never true
        }
        // where the bind values "unless" names are not null the leaf is NULL there too (the renderer drops the guard)
        Expr g = ok(e, a);
        if (unless != null) {
            List<Expr> has = new ArrayList<>();
            conjuncts(g, has);
            List<Expr> needs = new ArrayList<>();
            conjuncts(unless, needs);
            g = has.containsAll(needs) ? unless : or(g, unless);
        }
        return and(g, e);
    }

    private Expr whenFalse(Expr e, Set<Expr> a) {
        if (!hazardous(e, a)) {
            return not(e);
        }
        if (e instanceof Binary b && b.op() == BinaryOp.OR) {
            return and(whenFalse(b.left(), a), whenFalse(b.right(), with(a, factsFalse(b.left()))));
        }
        if (e instanceof Binary b && b.op() == BinaryOp.AND) {
            Set<Expr> after = with(a, factsTrue(b.left()));
            if (!logical(b.left())) {
                Expr g = ok(b.left(), a);
                return and(g, or(not(b.left()), whenFalse(b.right(), with(after, keys(g)))));
            }
            if (!hazardous(b.left(), a)) {
                return or(not(b.left()), whenFalse(b.right(), after));
            }
            return or(whenFalse(b.left(), a), and(whenTrue(b.left(), a), whenFalse(b.right(), after)));
        }
        if (e instanceof Unary u && u.op() == UnaryOp.NOT) {
            return whenTrue(u.operand(), a);
        }
        if (e instanceof CaseWhen c && c.type() == ColumnType.BOOLEAN) {
            return ternary(c, 0, a, false);
        }
        // a leaf NULL wherever a dereference is of a NULL is two-valued under its guard: its plain negation
        return and(ok(e, a), strict(e) == Literal.TRUE ? BooleanNormalizer.normalize(not(e)) : not(e));
    }

    /** A boolean ternary from its {@code i}-th condition on: Java evaluates the condition, then one side. */
    private Expr ternary(CaseWhen c, int i, Set<Expr> a, boolean truth) {
        if (i == c.whens().size()) {
            return truth ? whenTrue(c.otherwise(), a) : whenFalse(c.otherwise(), a);
        }
        CaseWhen.When w = c.whens().get(i);
        Set<Expr> onTrue = with(a, factsTrue(w.condition()));
        Expr side = truth ? whenTrue(w.result(), onTrue) : whenFalse(w.result(), onTrue);
        Expr rest = ternary(c, i + 1, with(a, factsFalse(w.condition())), truth);
        if (!hazardous(w.condition(), a)) { // SQL's CASE evaluates the condition first, as Java does
            List<CaseWhen.When> whens = List.of(new CaseWhen.When(w.condition(), side));
            if (rest instanceof CaseWhen r) {
                whens = new ArrayList<>(whens);
                whens.addAll(r.whens());
                return new CaseWhen(whens, r.otherwise());
            }
            return new CaseWhen(whens, rest);
        }
        return or(and(whenTrue(w.condition(), a), side), and(whenFalse(w.condition(), a), rest));
    }

    // ---- dereferences ----

    /**
     * The predicate "evaluating {@code e} (a leaf or a value) throws no NullPointerException", or {@code null}
     * when it cannot throw given the facts {@code a}.
     */
    private Expr ok(Expr e, Set<Expr> a) {
        if (e instanceof Call c && c.function() == Function.DEREF) {
            return and(ok(c.args().get(0), a), need(c.args().get(1), a));
        }
        if (e instanceof Call c && c.function().isAggregate() || e instanceof Window || e instanceof InSubquery) {
            return null; // SQL's own meaning: an aggregate skips NULLs
        }
        if (e instanceof ScalarSubquery s) {
            if (!s.path() || s.probe()) {
                return null;
            }
            Expr probe = new Unary(UnaryOp.IS_NOT_NULL, RelationPaths.probe(s));
            return and(ok(s.key(), a), a.contains(key(probe)) ? null : probe);
        }
        if (e instanceof CaseWhen c) {
            return hazardous(c, a) ? caseOk(c, 0, a) : null;
        }
        if (logical(e)) { // a boolean value: it is true or false, whichever Java computes without throwing
            return hazardous(e, a) ? or(whenTrue(e, a), whenFalse(e, a)) : null;
        }
        Expr out = null;
        for (Expr child : Children.of(e)) {
            out = and(out, ok(child, a));
        }
        return out;
    }

    private Expr caseOk(CaseWhen c, int i, Set<Expr> a) {
        if (i == c.whens().size()) {
            return ok(c.otherwise(), a);
        }
        CaseWhen.When w = c.whens().get(i);
        Expr side = ok(w.result(), with(a, factsTrue(w.condition())));
        Expr rest = caseOk(c, i + 1, with(a, factsFalse(w.condition())));
        return or(
                and(whenTrue(w.condition(), a), side),
                rest == null ? whenFalse(w.condition(), a) : and(whenFalse(w.condition(), a), rest));
    }

    /** The part of a mark's condition {@code g} not yet known to hold, or {@code null}. */
    private Expr need(Expr g, Set<Expr> a) {
        if (g instanceof Binary b && b.op() == BinaryOp.AND) {
            return and(need(b.left(), a), need(b.right(), a));
        }
        if (g instanceof Call c && c.function() == Function.PRESENT) {
            Expr x = c.args().get(0);
            return mayBeNull(x) && !a.contains(x) ? g : null;
        }
        return a.contains(g) ? null : g;
    }

    private boolean mayBeNull(Expr x) {
        if (x instanceof ColumnRef c) {
            return key(c) ? missing.test(c.source()) : c.column().nullable(); // a key is NULL only where its row is
        }
        return Derefs.mayBeNull(x);
    }

    /** Whether evaluating {@code e} may throw: a mark or a relation path whose condition is not known. */
    private boolean hazardous(Expr e, Set<Expr> a) {
        if (e instanceof Call c && c.function() == Function.DEREF) {
            return need(c.args().get(1), a) != null || hazardous(c.args().get(0), a);
        }
        if (e instanceof Call c && c.function().isAggregate() || e instanceof Window || e instanceof InSubquery) {
            return false;
        }
        if (e instanceof ScalarSubquery s) {
            return s.path() && !s.probe() && !a.contains(RelationPaths.probe(s)) || hazardous(s.key(), a);
        }
        for (Expr child : Children.of(e)) {
            if (hazardous(child, a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * When the leaf {@code e} is NULL wherever one of its dereferences is of a NULL (so that, where it must be
     * true, it needs no guard): {@link Literal#TRUE} always (an ordering comparison or a LIKE of values computed
     * only by operators that are NULL on a NULL operand), the bind values that must not be null for it (an
     * equality, which the renderer writes as {@code IS NULL} against a null value), or {@code null}: never.
     */
    private Expr strict(Expr e) {
        List<Expr> guards = new ArrayList<>();
        Expr leaf = e;
        while (leaf instanceof Call c && c.function() == Function.DEREF) { // a method's result, marked
            guards.add(c.args().get(1));
            leaf = c.args().get(0);
        }
        List<Expr> operands;
        Expr unless = Literal.TRUE;
        if (leaf instanceof Binary b
                && (b.op() == BinaryOp.LT || b.op() == BinaryOp.LE || b.op() == BinaryOp.GT || b.op() == BinaryOp.GE)) {
            operands = List.of(b.left(), b.right());
        } else if (leaf instanceof Binary b && b.op() == BinaryOp.EQ) {
            operands = List.of(b.left(), b.right());
            Expr l = strip(b.left());
            Expr r = strip(b.right());
            boolean nullLiteral =
                    l instanceof Literal x && x.value() == null || r instanceof Literal y && y.value() == null;
            if (nullLiteral || !(l instanceof Param) && !(r instanceof Param) && mayBeNull(l) && mayBeNull(r)) {
                return null; // written NULL-safe: two NULLs are equal
            }
            for (Expr side : List.of(l, r)) { // against a null bind value it is written IS NULL
                if (side instanceof Param) {
                    unless = unless == Literal.TRUE ? Derefs.present(side) : and(unless, Derefs.present(side));
                }
            }
        } else if (leaf instanceof StringMatch m) {
            operands = List.of(m.value(), m.needle());
            Expr needle = strip(m.needle());
            if (m.kind() == MatchKind.EQUALS
                    && !(needle instanceof Param)
                    && mayBeNull(strip(m.value()))
                    && mayBeNull(needle)) {
                return null; // equalsIgnoreCase of two values that may be NULL: written NULL-safe
            }
        } else if (leaf instanceof InParam in && !in.negated()) {
            operands = List.of(in.value()); // NULL IN (…) is NULL, but where the collection holds null
        } else {
            return null;
        }
        for (Expr o : operands) {
            collect(o, guards);
        }
        List<Expr> conditions = new ArrayList<>();
        for (Expr g : guards) {
            conjuncts(g, conditions);
        }
        for (Expr c : conditions) {
            if (reached(c, operands)) {
                continue;
            }
            if (!(c instanceof Call p
                    && p.function() == Function.PRESENT
                    && p.args().get(0) instanceof Param)) {
                return null;
            }
            // a bind value the leaf reads through another one (a time bound computed from it): not null, or guard
            unless = unless == Literal.TRUE ? c : and(unless, c);
        }
        return unless;
    }

    private static void conjuncts(Expr g, List<Expr> out) {
        if (g instanceof Binary b && b.op() == BinaryOp.AND) {
            conjuncts(b.left(), out);
            conjuncts(b.right(), out);
        } else {
            out.add(g);
        }
    }

    /** The conditions of the marks inside {@code e}. */
    private static void collect(Expr e, List<Expr> out) {
        if (e instanceof Call c && c.function() == Function.DEREF) {
            out.add(c.args().get(1));
        }
        for (Expr child : Children.of(e)) {
            collect(child, out);
        }
    }

    /** Whether each value the mark's condition {@code g} requires makes one of {@code operands} NULL. */
    private static boolean reached(Expr g, List<Expr> operands) {
        if (g instanceof Binary b && b.op() == BinaryOp.AND) {
            return reached(b.left(), operands) && reached(b.right(), operands);
        }
        if (g instanceof Binary b && b.op() == BinaryOp.OR) { // (value IS NOT NULL OR the collection takes null)
            return reached(b.left(), operands);
        }
        if (!(g instanceof Call p && p.function() == Function.PRESENT)) {
            return false;
        }
        Expr x = p.args().get(0);
        for (Expr o : operands) {
            if (reaches(o, x)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code x} is {@code v} or an operand of it through strict operators. */
    private static boolean reaches(Expr v, Expr x) {
        if (v.equals(x)) {
            return true;
        }
        if (x instanceof ColumnRef pk && key(pk) && v instanceof ColumnRef col && col.source() == pk.source()) {
            return true; // a field of a missing row is NULL
        }
        if (v instanceof Call c && c.function() == Function.DEREF) {
            return reaches(c.args().get(0), x);
        }
        boolean strictNode = v instanceof Unary u && u.op() == UnaryOp.NEGATE
                || v instanceof Binary b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUB || b.op() == BinaryOp.MUL)
                || v instanceof Call c && STRICT.contains(c.function());
        if (!strictNode) {
            return false;
        }
        for (Expr child : Children.of(v)) {
            if (reaches(child, x)) {
                return true;
            }
        }
        return false;
    }

    // ---- facts: what Java has seen to be non-null once a part was evaluated ----

    private static Set<Expr> factsTrue(Expr e) {
        Set<Expr> out = new HashSet<>();
        if (e instanceof Unary u && u.op() == UnaryOp.IS_NOT_NULL) {
            out.add(u.operand());
        } else if (e instanceof Binary b && b.op() == BinaryOp.AND) {
            out.addAll(factsTrue(b.left()));
            out.addAll(factsTrue(b.right()));
        } else if (e instanceof Unary u && u.op() == UnaryOp.NOT) {
            return factsFalse(u.operand());
        } else if (!logical(e)) {
            direct(e, out);
        }
        return out;
    }

    private static Set<Expr> factsFalse(Expr e) {
        Set<Expr> out = new HashSet<>();
        if (e instanceof Unary u && u.op() == UnaryOp.IS_NULL) {
            out.add(u.operand());
        } else if (e instanceof Binary b && b.op() == BinaryOp.OR) {
            out.addAll(factsFalse(b.left()));
            out.addAll(factsFalse(b.right()));
        } else if (e instanceof Unary u && u.op() == UnaryOp.NOT) {
            return factsTrue(u.operand());
        } else if (!logical(e)) {
            direct(e, out);
        }
        return out;
    }

    /** The conditions of the marks Java evaluates whenever it evaluates the leaf {@code e}. */
    private static void direct(Expr e, Set<Expr> out) {
        if (e instanceof Call c && c.function() == Function.DEREF) {
            direct(c.args().get(0), out);
            out.addAll(keys(c.args().get(1)));
            return;
        }
        if (e instanceof CaseWhen
                || logical(e)
                || e instanceof Call c && c.function().isAggregate()
                || e instanceof Window
                || e instanceof InSubquery) {
            return;
        }
        if (e instanceof ScalarSubquery s) {
            if (s.path() && !s.probe()) {
                out.add(RelationPaths.probe(s));
            }
            return;
        }
        for (Expr child : Children.of(e)) {
            direct(child, out);
        }
    }

    /** What a guard tells once it held: the values it found non-null, or itself. */
    private static Set<Expr> keys(Expr g) {
        Set<Expr> out = new HashSet<>();
        if (g == null) {
            return out;
        }
        if (g instanceof Binary b && b.op() == BinaryOp.AND) {
            out.addAll(keys(b.left()));
            out.addAll(keys(b.right()));
        } else {
            out.add(key(g));
        }
        return out;
    }

    private static Expr key(Expr g) {
        if (g instanceof Call c && c.function() == Function.PRESENT) {
            return c.args().get(0);
        }
        if (g instanceof Unary u && u.op() == UnaryOp.IS_NOT_NULL) {
            return u.operand();
        }
        return g;
    }

    /** Whether {@code c} is its model's primary key (NULL only where its row is missing). */
    private static boolean key(ColumnRef c) {
        return c.column() instanceof ColumnMeta m && m.primaryKey();
    }

    private static Set<Expr> with(Set<Expr> a, Set<Expr> more) {
        if (more.isEmpty()) {
            return a;
        }
        Set<Expr> out = new HashSet<>(a);
        out.addAll(more);
        return out;
    }

    private static boolean logical(Expr e) {
        return e instanceof Binary b && (b.op() == BinaryOp.AND || b.op() == BinaryOp.OR)
                || e instanceof Unary u && u.op() == UnaryOp.NOT
                || e instanceof CaseWhen c && c.type() == ColumnType.BOOLEAN;
    }

    private static Expr and(Expr a, Expr b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : new Binary(BinaryOp.AND, a, b);
    }

    private static Expr or(Expr a, Expr b) {
        return new Binary(BinaryOp.OR, a, b);
    }

    private static Expr not(Expr e) {
        return new Unary(UnaryOp.NOT, e);
    }
}
