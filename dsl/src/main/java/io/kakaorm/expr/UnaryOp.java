package io.kakaorm.expr;

/** Operators of {@link Unary}. */
public enum UnaryOp {
    /** Boolean negation (two-valued: see {@link Unary}). */
    NOT,
    /** Arithmetic negation. */
    NEGATE,
    IS_NULL,
    IS_NOT_NULL
}
