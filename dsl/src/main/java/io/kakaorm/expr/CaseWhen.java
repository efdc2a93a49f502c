package io.kakaorm.expr;

import java.util.List;

/**
 * {@code CASE WHEN c1 THEN r1 … ELSE otherwise END}; a Java ternary decodes into one.
 *
 * @param whens     the branches, in order
 * @param otherwise the ELSE result
 */
public record CaseWhen(List<When> whens, Expr otherwise) implements Expr {
    /** One {@code WHEN condition THEN result}. */
    public record When(Expr condition, Expr result) {}

    public CaseWhen {
        whens = List.copyOf(whens);
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
        return v.caseWhen(this);
    }

    @Override
    public ColumnType type() {
        return otherwise.type() != null
                ? otherwise.type()
                : whens.get(0).result().type();
    }
}
