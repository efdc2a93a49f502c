package io.kakaorm.query;

import io.kakaorm.expr.Expr;

/**
 * One ORDER BY key.
 *
 * @param expr       the key
 * @param descending DESC instead of ASC
 */
public record OrderItem(Expr expr, boolean descending) {}
