package io.kakaorm.expr;

/** One method per {@link Expr} node. */
public interface ExprVisitor<R> {
    R column(ColumnRef e);

    R param(Param e);

    R literal(Literal e);

    R unary(Unary e);

    R binary(Binary e);

    R like(Like e);

    R stringMatch(StringMatch e);

    R call(Call e);

    R caseWhen(CaseWhen e);

    R inList(InList e);

    R inParam(InParam e);

    R inSubquery(InSubquery e);

    R between(Between e);

    R window(Window e);

    R scalarSubquery(ScalarSubquery e);
}
