package io.kakaorm.query;

import io.kakaorm.expr.Expr;

/**
 * One entry of a select list.
 *
 * @param expr  what is selected
 * @param alias the result name (AS), or {@code null} for the expression's natural name
 */
public record SelectItem(Expr expr, String alias) {}
