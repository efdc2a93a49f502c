package io.kakaorm.lambda;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.Literal;
import io.kakaorm.lambda.SymbolicValue.Ex;
import io.kakaorm.lambda.SymbolicValue.Th;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * {@code String} methods with UTF-16 indices and Java's exceptions: {@code substring}, {@code charAt},
 * {@code indexOf}, {@code lastIndexOf}, {@code startsWith(prefix, offset)}, {@code repeat}, {@code replace}.
 * Where Java throws ({@code StringIndexOutOfBoundsException}, a negative {@code repeat}) the dialects fail
 * the query for that row rather than select or skip it silently.
 */
final class StringMethods {
    private StringMethods() {}

    /** The translation of a String method on a row value, or {@code null} when not one of these. */
    static SymbolicValue translate(DecodeContext ctx, MethodInsnNode m, List<? extends SymbolicValue> v) {
        switch (m.name + m.desc) {
            case "substring(I)Ljava/lang/String;":
                negative(v.get(1), "substring");
                return string(Function.SUBSTRING16, ctx.expr(v.get(0)), ctx.expr(v.get(1)), Literal.NULL);
            case "substring(II)Ljava/lang/String;":
                negative(v.get(1), "substring");
                negative(v.get(2), "substring");
                Integer b = DecodeContext.intConstant(v.get(1));
                Integer e = DecodeContext.intConstant(v.get(2));
                if (b != null && e != null && b > e) {
                    throw new Reject(
                            "substring(" + b + ", " + e + ") with a begin after the end",
                            "Java throws StringIndexOutOfBoundsException for every row");
                }
                return string(Function.SUBSTRING16, ctx.expr(v.get(0)), ctx.expr(v.get(1)), ctx.expr(v.get(2)));
            case "charAt(I)C":
                negative(v.get(1), "charAt");
                return new Ex(
                        new Call(Function.CHAR_AT, List.of(ctx.expr(v.get(0)), ctx.expr(v.get(1))), ColumnType.INT),
                        Type.CHAR_TYPE);
            case "indexOf(Ljava/lang/String;)I":
                return index(Function.INDEX_OF, ctx.expr(v.get(0)), ctx.expr(v.get(1)));
            case "lastIndexOf(Ljava/lang/String;)I":
                return index(Function.LAST_INDEX_OF, ctx.expr(v.get(0)), ctx.expr(v.get(1)));
            case "indexOf(Ljava/lang/String;I)I":
                return indexFrom(ctx, ctx.expr(v.get(0)), ctx.expr(v.get(1)), ctx.expr(v.get(2)));
            case "codePointCount(II)I":
                return codePointCount(ctx, v);
            case "compareToIgnoreCase(Ljava/lang/String;)I":
                throw new Reject(
                        "String.compareToIgnoreCase",
                        "Java folds case one UTF-16 unit at a time (Character.toUpperCase then toLowerCase), which no"
                                + " database's collation reproduces; compare with equalsIgnoreCase, or compareTo of a"
                                + " column you keep in one case");
            case "indexOf(I)I":
                return index(Function.INDEX_OF, ctx.expr(v.get(0)), charText(ctx, v.get(1), "indexOf"));
            case "lastIndexOf(I)I":
                return index(Function.LAST_INDEX_OF, ctx.expr(v.get(0)), charText(ctx, v.get(1), "lastIndexOf"));
            case "startsWith(Ljava/lang/String;I)Z":
                return startsWithAt(ctx, v);
            case "repeat(I)Ljava/lang/String;":
                negative(v.get(1), "repeat");
                return string(Function.REPEAT, ctx.expr(v.get(0)), ctx.expr(v.get(1)));
            case "replace(Ljava/lang/CharSequence;Ljava/lang/CharSequence;)Ljava/lang/String;":
                return string(Function.REPLACE, ctx.expr(v.get(0)), ctx.expr(v.get(1)), ctx.expr(v.get(2)));
            case "replace(CC)Ljava/lang/String;":
                return string(
                        Function.REPLACE,
                        ctx.expr(v.get(0)),
                        charText(ctx, v.get(1), "replace"),
                        charText(ctx, v.get(2), "replace"));
            default:
                return null;
        }
    }

    /** A constant negative index or count: Java throws for every row, so the lambda is refused. */
    private static void negative(SymbolicValue arg, String method) {
        Integer k = DecodeContext.intConstant(arg);
        if (k != null && k < 0) {
            throw new Reject(
                    "String." + method + " with the negative constant " + k,
                    "Java throws "
                            + (method.equals("repeat") ? "IllegalArgumentException" : "StringIndexOutOfBoundsException")
                            + " for every row");
        }
    }

    /** {@code s.codePointCount(0, s.length())}: the code points of the whole string (other ranges are refused). */
    private static SymbolicValue codePointCount(DecodeContext ctx, List<? extends SymbolicValue> v) {
        Expr s = ctx.expr(v.get(0));
        Integer begin = DecodeContext.intConstant(v.get(1));
        Expr end = ctx.expr(v.get(2));
        if (begin == null
                || begin != 0
                || !(end instanceof Call c)
                || c.function() != Function.LENGTH
                || !c.args().get(0).equals(s)) {
            throw new Reject(
                    "String.codePointCount over a part of the string",
                    "count the whole string: s.codePointCount(0, s.length())");
        }
        return new Ex(new Call(Function.CODE_POINTS, List.of(s), ColumnType.INT), Type.INT_TYPE);
    }

    /**
     * Java's {@code s.indexOf(t, from)}: a negative {@code from} is 0; from the end on, an empty {@code t} is
     * found at the end and any other is not; else the first match at or after {@code from} — searched in
     * {@code s.substring(from')}, where {@code from'} skips the second half of a surrogate pair (no match can
     * begin there), except for an empty {@code t}, which is found at {@code from} itself.
     */
    private static SymbolicValue indexFrom(DecodeContext ctx, Expr s, Expr t, Expr from) {
        Expr zero = new Literal(0L, ColumnType.INT);
        Expr one = new Literal(1L, ColumnType.INT);
        Expr minusOne = new Literal(-1L, ColumnType.INT);
        Expr len = new Call(Function.LENGTH, List.of(s), ColumnType.INT);
        Expr emptyT = new Binary(BinaryOp.EQ, new Call(Function.LENGTH, List.of(t), ColumnType.INT), zero);
        Expr f = new CaseWhen(List.of(new CaseWhen.When(new Binary(BinaryOp.LT, from, zero), zero)), from);
        Expr unit = new Call(Function.CHAR_AT, List.of(s, f), ColumnType.INT);
        Expr low = new Binary(
                BinaryOp.AND,
                new Binary(BinaryOp.GE, unit, new Literal(0xDC00L, ColumnType.INT)),
                new Binary(BinaryOp.LE, unit, new Literal(0xDFFFL, ColumnType.INT)));
        Expr start = new CaseWhen(List.of(new CaseWhen.When(low, new Binary(BinaryOp.ADD, f, one))), f);
        Expr found = new Call(
                Function.INDEX_OF,
                List.of(new Call(Function.SUBSTRING16, List.of(s, start, Literal.NULL), ColumnType.STRING), t),
                ColumnType.INT);
        Expr search = new CaseWhen(
                List.of(new CaseWhen.When(new Binary(BinaryOp.LT, found, zero), minusOne)),
                new Binary(BinaryOp.ADD, found, start));
        Expr result = new CaseWhen(
                List.of(
                        new CaseWhen.When(
                                new Binary(BinaryOp.GE, f, len),
                                new CaseWhen(List.of(new CaseWhen.When(emptyT, len)), minusOne)),
                        new CaseWhen.When(emptyT, f)),
                search);
        return new Ex(result, Type.INT_TYPE);
    }

    private static SymbolicValue string(Function f, Expr... args) {
        return new Ex(new Call(f, List.of(args), ColumnType.STRING), JvmTypes.STRING);
    }

    private static SymbolicValue index(Function f, Expr s, Expr t) {
        return new Ex(new Call(f, List.of(s, t), ColumnType.INT), Type.INT_TYPE);
    }

    /**
     * A char (or code point) argument as the text it matches: a Java value only, and not a lone surrogate
     * (no database text can hold one).
     */
    private static Expr charText(DecodeContext ctx, SymbolicValue c, String method) {
        Integer k = DecodeContext.intConstant(c);
        if (k == null
                && c instanceof Th t
                && t.thunk() instanceof Thunk.Const k2
                && k2.value() instanceof Character ch) {
            k = (int) ch;
        }
        if (k == null || k < 0 || k > Character.MAX_CODE_POINT || (k >= 0xD800 && k <= 0xDFFF)) {
            throw new Reject(
                    "String." + method + " with a char that is not a constant (or is a lone surrogate)",
                    "pass a String: " + method + "(\"x\")");
        }
        return ctx.params.param(new Thunk.Const(Character.toString(k)), JvmTypes.STRING);
    }

    /**
     * {@code s.startsWith(prefix, offset)}: false when the offset is out of range (Java does not throw),
     * else the UTF-16 units from the offset compared with the prefix.
     */
    private static SymbolicValue startsWithAt(DecodeContext ctx, List<? extends SymbolicValue> v) {
        Expr s = ctx.expr(v.get(0));
        Expr p = ctx.expr(v.get(1));
        Expr off = ctx.expr(v.get(2));
        return new Ex(new Call(Function.STARTS_WITH_AT, List.of(s, p, off), ColumnType.BOOLEAN), Type.BOOLEAN_TYPE);
    }
}
