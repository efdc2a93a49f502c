package io.kakaorm.lambda;

import static org.objectweb.asm.Opcodes.*;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.lambda.SymbolicValue.Cmp;
import io.kakaorm.lambda.SymbolicValue.Th;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.Frame;

/** The condition under which a conditional jump is taken, from the values on the stack. */
final class Conditions {
    private Conditions() {}

    static Expr jump(DecodeContext ctx, int op, Frame<SymbolicValue> f) {
        int top = f.getStackSize() - 1;
        switch (op) {
            case IFEQ:
            case IFNE:
            case IFLT:
            case IFGE:
            case IFGT:
            case IFLE:
                return zero(ctx, op, f.getStack(top));
            case IF_ICMPEQ:
            case IF_ICMPNE:
            case IF_ICMPLT:
            case IF_ICMPGE:
            case IF_ICMPGT:
            case IF_ICMPLE:
                return ints(ctx, compareOp(op - IF_ICMPEQ), f.getStack(top - 1), f.getStack(top));
            case IF_ACMPEQ:
            case IF_ACMPNE:
                return references(ctx, op == IF_ACMPEQ, f.getStack(top - 1), f.getStack(top));
            case IFNULL:
                return MapLookups.isNull(ctx, f.getStack(top), true) != null
                        ? MapLookups.isNull(ctx, f.getStack(top), true)
                        : new Unary(UnaryOp.IS_NULL, nullTested(ctx, f.getStack(top)));
            case IFNONNULL:
                return MapLookups.isNull(ctx, f.getStack(top), false) != null
                        ? MapLookups.isNull(ctx, f.getStack(top), false)
                        : new Unary(UnaryOp.IS_NOT_NULL, nullTested(ctx, f.getStack(top)));
            default:
                throw new Reject("the jump " + op);
        }
    }

    private static BinaryOp compareOp(int offset) {
        return new BinaryOp[] {BinaryOp.EQ, BinaryOp.NE, BinaryOp.LT, BinaryOp.GE, BinaryOp.GT, BinaryOp.LE}[offset];
    }

    private static Expr zero(DecodeContext ctx, int op, SymbolicValue v) {
        BinaryOp bop = compareOp(op - IFEQ);
        if (v instanceof Cmp) {
            Cmp c = (Cmp) v;
            Expr lookup = MapLookups.compare(ctx, bop, c.left(), c.right(), MapLookups.modeOf(c.left(), c.right()));
            return lookup != null ? lookup : TimeBounds.compare(ctx, bop, c.left(), c.right());
        }
        if (JvmTypes.isBoolean(v.type()) && (op == IFEQ || op == IFNE)) {
            Expr b = ctx.bool(v);
            return op == IFNE ? b : new Unary(UnaryOp.NOT, b);
        }
        Expr lookup = MapLookups.compare(ctx, bop, v, new Th(new Thunk.Const(0), Type.INT_TYPE), MapLookups.NUMERIC);
        return lookup != null ? lookup : ctx.compareWithZero(bop, v);
    }

    private static Expr ints(DecodeContext ctx, BinaryOp op, SymbolicValue a, SymbolicValue b) {
        Expr lookup = MapLookups.compare(ctx, op, a, b, MapLookups.NUMERIC);
        if (lookup != null) {
            return lookup;
        }
        Expr asBool = booleanVsConstant(ctx, op, a, b);
        if (asBool == null) {
            asBool = booleanVsConstant(ctx, op, b, a);
        }
        if (asBool != null) {
            return asBool;
        }
        if (JvmTypes.isBoolean(a.type()) && JvmTypes.isBoolean(b.type())) {
            if (op != BinaryOp.EQ && op != BinaryOp.NE) {
                throw new Reject("ordering booleans");
            }
            return new Binary(op, ctx.bool(a), ctx.bool(b));
        }
        return new Binary(op, ctx.expr(a), ctx.expr(b));
    }

    private static Expr booleanVsConstant(DecodeContext ctx, BinaryOp op, SymbolicValue bool, SymbolicValue c) {
        Integer k = DecodeContext.intConstant(c);
        if (!JvmTypes.isBoolean(bool.type())
                || k == null
                || (k != 0 && k != 1)
                || (op != BinaryOp.EQ && op != BinaryOp.NE)) {
            return null;
        }
        Expr b = ctx.bool(bool);
        return (op == BinaryOp.EQ) == (k == 1) ? b : new Unary(UnaryOp.NOT, b);
    }

    private static Expr references(DecodeContext ctx, boolean eq, SymbolicValue a, SymbolicValue b) {
        if (isNull(b) || isNull(a)) {
            SymbolicValue other = isNull(b) ? a : b;
            return new Unary(eq ? UnaryOp.IS_NULL : UnaryOp.IS_NOT_NULL, nullTested(ctx, other));
        }
        if (TemporalMethods.isDayOfWeek(a) || TemporalMethods.isDayOfWeek(b)) {
            return new Binary(
                    eq ? BinaryOp.EQ : BinaryOp.NE,
                    TemporalMethods.dayOfWeekValue(ctx, a),
                    TemporalMethods.dayOfWeekValue(ctx, b));
        }
        if (isEnum(ctx, a.type()) || isEnum(ctx, b.type())) {
            return new Binary(eq ? BinaryOp.EQ : BinaryOp.NE, ctx.expr(a), ctx.expr(b));
        }
        throw new Reject(
                "comparing objects with == or !=",
                "use equals(...) or Objects.equals(...): == compares identity in Java");
    }

    /**
     * What {@code v == null} tests: a row parameter is null exactly when an outer join found no row for it,
     * which is when its (never null) primary key reads NULL.
     */
    private static Expr nullTested(DecodeContext ctx, SymbolicValue v) {
        if (v instanceof SymbolicValue.Row row) {
            return new ColumnRef(ctx.primaryKey(row), row.source());
        }
        return ctx.expr(v);
    }

    private static boolean isNull(SymbolicValue v) {
        return v instanceof Th && ((Th) v).thunk().equals(new Thunk.Const(null));
    }

    private static boolean isEnum(DecodeContext ctx, Type t) {
        if (t == null || t.getSort() != Type.OBJECT) {
            return false;
        }
        try {
            return JvmTypes.load(t, ctx.loader).isEnum();
        } catch (Reject e) {
            return false;
        }
    }
}
