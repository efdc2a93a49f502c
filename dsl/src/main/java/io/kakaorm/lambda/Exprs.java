package io.kakaorm.lambda;

import io.kakaorm.expr.Expr;

/**
 * Helpers over decoded trees for the query builder, which concatenates the parameters of several
 * lambdas into one array. Stateless and thread-safe.
 */
public final class Exprs {
    private Exprs() {}

    /**
     * The same tree with every parameter slot ({@code Param}, {@code InParam}, and the start of an
     * {@code InSubquery}'s parameters) moved by {@code offset}: use it to place a lambda's parameters
     * after those of the lambdas before it.
     *
     * @param expr   a tree, or {@code null}
     * @param offset added to every slot
     * @return the shifted tree ({@code expr} itself when {@code offset} is 0), or {@code null}
     */
    public static Expr shiftParams(Expr expr, int offset) {
        if (offset == 0 || expr == null) {
            return expr;
        }
        return new SlotRewriter(slot -> slot + offset).rewrite(expr);
    }
}
