package io.kakaorm.query;

import io.kakaorm.expr.Expr;
import io.kakaorm.meta.ModelMeta;

/**
 * One joined table of a {@link Select}: join number {@code i} of the list is FROM source {@code i + 1}
 * (the query's own model is source 0), so a {@link io.kakaorm.expr.ColumnRef} names it by that number.
 *
 * @param kind  inner, left or right
 * @param model the joined model
 * @param on    the join condition (over sources {@code 0 … i + 1})
 */
public record Join(JoinKind kind, ModelMeta<?> model, Expr on) {}
