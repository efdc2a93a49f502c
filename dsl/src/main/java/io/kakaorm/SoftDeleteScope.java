package io.kakaorm;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Param;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import java.util.Arrays;

/**
 * The soft-delete scope of a query. {@code Select.from} puts {@code deleted_at IS NULL} first into the
 * WHERE of a {@link SoftDeleteModel}, and later predicates are ANDed to its right, so the scope is
 * always the leftmost leaf of the WHERE tree: {@link #rescope} replaces (or drops) exactly that leaf.
 */
final class SoftDeleteScope {
    private SoftDeleteScope() {}

    static ColumnMeta column(ModelMeta<?> model, String what) {
        ColumnMeta c = model.softDeleteColumn();
        if (c == null) {
            throw new IllegalStateException(what + "() applies to a SoftDeleteModel; "
                    + model.modelClass().getSimpleName() + " is not one");
        }
        return c;
    }

    static Expr alive(ColumnMeta c) {
        return new Unary(UnaryOp.IS_NULL, new ColumnRef(c));
    }

    static Expr deleted(ColumnMeta c) {
        return new Unary(UnaryOp.IS_NOT_NULL, new ColumnRef(c));
    }

    /** {@code where} with its scope leaf replaced by {@code scope} ({@code null}: no scope). */
    static Expr rescope(Expr where, ColumnMeta c, Expr scope) {
        Expr rest = drop(where, c);
        if (scope == null) {
            return rest;
        }
        return rest == null ? scope : new Binary(BinaryOp.AND, scope, rest);
    }

    private static Expr drop(Expr e, ColumnMeta c) {
        if (e == null || e.equals(alive(c)) || e.equals(deleted(c))) {
            return null;
        }
        if (e instanceof Binary b && b.op() == BinaryOp.AND) {
            Expr left = drop(b.left(), c);
            if (left != b.left()) {
                return left == null ? b.right() : new Binary(BinaryOp.AND, left, b.right());
            }
        }
        return e;
    }

    /** {@code q} narrowed to the row of {@code model}'s primary key. */
    static <T> Query<T> byKey(Query<T> q, Object model) {
        ColumnMeta pk = ModelMeta.of(model.getClass()).primaryKey();
        return q.where(
                new Binary(BinaryOp.EQ, new ColumnRef(pk), new Param(0, pk.type())), Arrays.asList(pk.get(model)));
    }
}
