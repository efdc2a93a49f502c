package io.kakaorm.query;

import io.kakaorm.expr.SubqueryNode;

/**
 * A named subquery of a WITH clause (a CTE), read like a table: the definition behind a
 * {@link io.kakaorm.meta.ModelMeta#asCommonTable} model. Its rows are whole rows of that model.
 *
 * @param name        the name the statement reads it by
 * @param body        the defining SELECT (every column of the model); for a recursive one, its anchor rows
 * @param step        for a recursive subquery, the SELECT that adds the rows linked to rows already found
 *                    (FROM the model AS source 0 JOIN the subquery by name AS source 1), joined to the body
 *                    with UNION; {@code null} otherwise
 * @param paramOffset where its parameter slots start in the enclosing statement's parameter array (the
 *                    body's slots first, then the step's)
 */
public record CommonTable(String name, Select body, Select step, int paramOffset) implements SubqueryNode {

    /** Whether this subquery refers to itself (WITH RECURSIVE). */
    public boolean recursive() {
        return step != null;
    }
}
