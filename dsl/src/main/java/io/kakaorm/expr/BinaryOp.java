package io.kakaorm.expr;

/** Operators of {@link Binary}. */
public enum BinaryOp {
    EQ,
    NE,
    LT,
    LE,
    GT,
    GE,
    AND,
    OR,
    ADD,
    SUB,
    MUL,
    /** Division: Java's (truncating for integers) — the renderer bridges SQL's differences. */
    DIV,
    /** Remainder with the sign of the dividend, as Java's {@code %}. */
    MOD,
    /** String concatenation. */
    CONCAT;

    /** Whether this operator compares two values. */
    public boolean isComparison() {
        return ordinal() <= GE.ordinal();
    }

    /** Whether this operator is AND or OR. */
    public boolean isLogical() {
        return this == AND || this == OR;
    }
}
