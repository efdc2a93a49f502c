package io.kakaorm.lambda;

import io.kakaorm.expr.Call;
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
    private StringMethods() {
    }

    /** The translation of a String method on a row value, or {@code null} when not one of these. */
    static SymbolicValue translate(DecodeContext ctx, MethodInsnNode m, List<? extends SymbolicValue> v) {
        switch (m.name + m.desc) {
            case "substring(I)Ljava/lang/String;":
                return string(Function.SUBSTRING16, ctx.expr(v.get(0)), ctx.expr(v.get(1)), Literal.NULL);
            case "substring(II)Ljava/lang/String;":
                return string(Function.SUBSTRING16, ctx.expr(v.get(0)), ctx.expr(v.get(1)), ctx.expr(v.get(2)));
            case "charAt(I)C":
                return new Ex(new Call(Function.CHAR_AT, List.of(ctx.expr(v.get(0)), ctx.expr(v.get(1))), ColumnType.INT),
                        Type.CHAR_TYPE);
            case "indexOf(Ljava/lang/String;)I":
                return index(Function.INDEX_OF, ctx.expr(v.get(0)), ctx.expr(v.get(1)));
            case "lastIndexOf(Ljava/lang/String;)I":
                return index(Function.LAST_INDEX_OF, ctx.expr(v.get(0)), ctx.expr(v.get(1)));
            case "indexOf(I)I":
                return index(Function.INDEX_OF, ctx.expr(v.get(0)), charText(ctx, v.get(1), "indexOf"));
            case "lastIndexOf(I)I":
                return index(Function.LAST_INDEX_OF, ctx.expr(v.get(0)), charText(ctx, v.get(1), "lastIndexOf"));
            case "startsWith(Ljava/lang/String;I)Z":
                return startsWithAt(ctx, v);
            case "repeat(I)Ljava/lang/String;":
                return string(Function.REPEAT, ctx.expr(v.get(0)), ctx.expr(v.get(1)));
            case "replace(Ljava/lang/CharSequence;Ljava/lang/CharSequence;)Ljava/lang/String;":
                return string(Function.REPLACE, ctx.expr(v.get(0)), ctx.expr(v.get(1)), ctx.expr(v.get(2)));
            case "replace(CC)Ljava/lang/String;":
                return string(Function.REPLACE, ctx.expr(v.get(0)), charText(ctx, v.get(1), "replace"),
                        charText(ctx, v.get(2), "replace"));
            default:
                return null;
        }
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
        if (k == null && c instanceof Th t && t.thunk() instanceof Thunk.Const k2 && k2.value() instanceof Character ch) {
            k = (int) ch;
        }
        if (k == null || k < 0 || k > Character.MAX_CODE_POINT || (k >= 0xD800 && k <= 0xDFFF)) {
            throw new Reject("String." + method + " with a char that is not a constant (or is a lone surrogate)",
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
