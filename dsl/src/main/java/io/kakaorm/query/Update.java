package io.kakaorm.query;

import io.kakaorm.expr.Expr;
import io.kakaorm.meta.ModelMeta;
import java.util.List;

/**
 * {@code UPDATE table SET col = expr, … WHERE predicate}.
 *
 * @param model the model
 * @param set   the assignments, in order
 * @param where the predicate, or {@code null} for every row
 */
public record Update(ModelMeta<?> model, List<Assignment> set, Expr where) {
    public Update {
        set = List.copyOf(set);
    }
}
