package io.kakaorm.expr;

import java.util.List;

/**
 * A function call.
 *
 * @param function the function
 * @param args     its arguments
 * @param type     the result type
 */
public record Call(Function function, List<Expr> args, ColumnType type) implements Expr {
    public Call {
        args = List.copyOf(args);
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
        return v.call(this);
    }
}
