package io.kakaorm.query;

import io.kakaorm.expr.Expr;
import io.kakaorm.meta.ModelMeta;

/**
 * {@code DELETE FROM table WHERE predicate}.
 *
 * @param model the model
 * @param where the predicate, or {@code null} for every row
 */
public record Delete(ModelMeta<?> model, Expr where) {}
