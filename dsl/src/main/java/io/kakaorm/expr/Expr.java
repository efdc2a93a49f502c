package io.kakaorm.expr;

/**
 * A node of the expression tree that lambdas decode into and dialects render. Nodes are immutable
 * records; values are never in the tree, only {@link Param} slots, so that a tree's {@code equals} is
 * its SQL shape and can key a cache.
 *
 * <p>The visitor makes the compiler check that every dialect handles every node: a new node does not
 * compile until {@link ExprVisitor} and all renderers handle it.
 */
public sealed interface Expr
        permits ColumnRef,
                Param,
                Literal,
                Unary,
                Binary,
                Like,
                StringMatch,
                Call,
                CaseWhen,
                InList,
                InParam,
                InSubquery,
                Between,
                Window,
                ScalarSubquery {

    /** Visits this node. */
    <R> R accept(ExprVisitor<R> visitor);

    /** The logical type of the value this expression yields ({@link ColumnType#BOOLEAN} for predicates). */
    ColumnType type();
}
