package io.kakaorm.lambda;

import io.kakaorm.expr.Expr;

/**
 * The result of a lambda body as a decision tree: every conditional jump is a {@link Branch} on the
 * jump's condition, every return a {@link Leaf}. Equal subtrees are equal records, which is what lets
 * {@link OutcomeSimplifier} fold jumps back into {@code && || !}.
 */
sealed interface Outcome {
    /** A returned value. */
    record Leaf(SymbolicValue value) implements Outcome {}

    /** {@code condition ? whenTrue : whenFalse}. */
    record Branch(Expr condition, Outcome whenTrue, Outcome whenFalse) implements Outcome {}
}
