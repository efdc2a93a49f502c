package io.kakaorm.dialect;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.Param;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.meta.ModelMeta;
import java.util.List;

/** Short builders of expression trees for the tests. */
public final class E {
    private E() {}

    public static ColumnRef col(ModelMeta<?> m, String field) {
        return new ColumnRef(m.columnByField(field));
    }

    public static Param p(int slot, ColumnType type) {
        return new Param(slot, type);
    }

    public static Binary bin(BinaryOp op, Expr l, Expr r) {
        return new Binary(op, l, r);
    }

    public static Unary not(Expr x) {
        return new Unary(UnaryOp.NOT, x);
    }

    public static Unary un(UnaryOp op, Expr x) {
        return new Unary(op, x);
    }

    public static Call call(Function f, ColumnType type, Expr... args) {
        return new Call(f, List.of(args), type);
    }
}
