package io.kakaorm.dialect.sql;

import io.kakaorm.expr.Between;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.InList;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.InSubquery;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.Param;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Like;
import io.kakaorm.expr.StringMatch;
import io.kakaorm.query.Select;
import io.kakaorm.query.SelectItem;
import java.util.List;

/**
 * Writes an expression tree as ANSI SQL into a {@link SqlWriter}, with Java's meaning: two-valued
 * comparisons, NULL-aware {@code !=}, literal {@code startsWith} needles, empty IN as FALSE. A dialect
 * subclass overrides only the hooks where its database differs, and emulates by rewriting into other
 * nodes and visiting them. One instance renders one statement (it holds the writer and the values);
 * not thread-safe.
 */
public abstract class SqlRenderer extends SqlMatching {
    private Nullability nulls;

    protected SqlRenderer(SqlWriter writer, Object[] params, int paramOffset, SqlTypes types) {
        super(writer, params, paramOffset, types);
    }

    // ---- SPI hooks -------------------------------------------------------------------------------

    /** A renderer of the same dialect writing to the same writer, whose slot 0 is value {@code absoluteOffset}. */
    protected abstract SqlRenderer nested(int absoluteOffset);

    /** Writes one ORDER BY key; NULLs sort first ascending (what MySQL and SQLite do). */
    public void orderKey(io.kakaorm.query.OrderItem key) {
        orderedOperand(key.expr());
        if (key.descending()) {
            w.append(" DESC");
        }
    }

    /** {@code a IS NOT DISTINCT FROM b} ({@code negated}: {@code IS DISTINCT FROM}): Java's {@code Objects.equals}. */
    protected void nullSafeEquals(Expr a, Expr b, boolean negated) {
        operand(a);
        w.append(negated ? " IS DISTINCT FROM " : " IS NOT DISTINCT FROM ");
        operand(b);
    }

    /** An operand of an ordering comparison, BETWEEN or ORDER BY (PostgreSQL adds a byte-order collation). */
    protected void orderedOperand(Expr e) {
        operand(e);
    }

    /** Java's {@code /}: ANSI {@code /} truncates integers toward zero and divides reals. */
    protected void divide(Binary e) {
        infix(e.left(), " / ", e.right());
    }

    /** Java's {@code %}: the remainder with the sign of the dividend. */
    protected void modulo(Binary e) {
        infix(e.left(), " % ", e.right());
    }

    /** Java's string {@code +}: a null operand reads {@code "null"}. */
    protected void concat(Binary e) {
        concatOperand(e.left());
        w.append(" || ");
        concatOperand(e.right());
    }

    /** One operand of a concatenation; a nullable one becomes {@code COALESCE(x, 'null')} as in Java. */
    protected void concatOperand(Expr e) {
        if (e instanceof Binary b && b.op() == BinaryOp.CONCAT) {
            concat(b);
        } else if (nullable(e)) {
            w.append("COALESCE(");
            textOperand(e);
            w.append(", 'null')");
        } else {
            textOperand(e);
        }
    }

    /** A concatenation operand as text (PostgreSQL casts non-text; the others convert implicitly). */
    protected void textOperand(Expr e) {
        operand(e);
    }

    /** {@code AVG} as a double, like Java's average. */
    protected void average(Call e) {
        w.append("CAST(AVG(");
        expr(e.args().get(0));
        w.append(") AS DOUBLE PRECISION)");
    }

    /** Whether {@code e} may render as NULL/UNKNOWN for the current values. */
    protected boolean nullable(Expr e) {
        if (nulls == null) {
            nulls = new Nullability(this);
        }
        return nulls.test(e);
    }

    /** The elements of the collection at {@code slot}; their count and null-ness shape the SQL. */
    InValues inValues(int slot) {
        InValues values = InValues.of(value(slot));
        w.decide(values.nonNull().size() * 2 + (values.hasNull() ? 1 : 0));
        return values;
    }

    static boolean isNull(SqlRenderer r, Expr e) {
        return e instanceof Literal l && l.value() == null || e instanceof Param p && r.value(p.slot()) == null;
    }

    // ---- nodes -----------------------------------------------------------------------------------

    @Override
    public Void column(ColumnRef e) {
        identifier(e.column().name());
        return null;
    }

    @Override
    public Void param(Param e) {
        bind(value(e.slot()), e.type());
        return null;
    }

    @Override
    public Void literal(Literal e) {
        Object v = e.value();
        if (v == null) {
            w.append("NULL");
        } else if (v instanceof Boolean b) {
            w.append(b ? "TRUE" : "FALSE");
        } else {
            long n = (Long) v;
            if (n < 0) {
                w.append('(').append(n).append(')');
            } else {
                w.append(n);
            }
        }
        return null;
    }

    @Override
    public Void unary(Unary e) {
        Expr x = e.operand();
        switch (e.op()) {
            case NOT -> {
                if (nullable(x)) {
                    operand(x); // NOT UNKNOWN is UNKNOWN in SQL but Java's NOT of "false" is true
                    w.append(" IS NOT TRUE");
                } else {
                    w.append("NOT ");
                    operand(x);
                }
            }
            case NEGATE -> {
                w.append('-');
                if (x instanceof ColumnRef || x instanceof Param) {
                    expr(x);
                } else {
                    w.append('(');
                    expr(x);
                    w.append(')');
                }
            }
            case IS_NULL -> {
                operand(x);
                w.append(" IS NULL");
            }
            case IS_NOT_NULL -> {
                operand(x);
                w.append(" IS NOT NULL");
            }
        }
        return null;
    }

    @Override
    public Void binary(Binary e) {
        switch (e.op()) {
            case AND, OR -> logical(e);
            case EQ -> equality(e.left(), e.right(), false);
            case NE -> equality(e.left(), e.right(), true);
            case LT -> ordered(e, " < ");
            case LE -> ordered(e, " <= ");
            case GT -> ordered(e, " > ");
            case GE -> ordered(e, " >= ");
            case ADD -> infix(e.left(), " + ", e.right());
            case SUB -> infix(e.left(), " - ", e.right());
            case MUL -> infix(e.left(), " * ", e.right());
            case DIV -> divide(e);
            case MOD -> modulo(e);
            case CONCAT -> concat(e);
        }
        return null;
    }

    private void logical(Binary e) {
        String op = e.op() == BinaryOp.AND ? " AND " : " OR ";
        logicalOperand(e.left(), e.op());
        w.append(op);
        logicalOperand(e.right(), e.op());
    }

    private void logicalOperand(Expr x, BinaryOp op) {
        if (x instanceof Binary b && b.op() == op) {
            logical(b); // a AND b AND c needs no parentheses
        } else {
            operand(x);
        }
    }

    private void ordered(Binary e, String op) {
        orderedOperand(e.left());
        w.append(op);
        orderedOperand(e.right());
    }

    /** Java's {@code ==}/{@code equals} ({@code negated}: {@code !=}) with NULL as a value, never UNKNOWN. */
    private void equality(Expr l, Expr r, boolean negated) {
        UnaryOp test = negated ? UnaryOp.IS_NOT_NULL : UnaryOp.IS_NULL;
        if (isNull(this, r)) {
            unary(new Unary(test, l)); // x == null
        } else if (isNull(this, l)) {
            unary(new Unary(test, r));
        } else {
            boolean ln = nullable(l);
            boolean rn = nullable(r);
            if (ln && rn) {
                nullSafeEquals(l, r, negated); // Objects.equals: two NULLs are equal
            } else if (!negated) {
                infix(l, " = ", r);
            } else if (ln || rn) {
                w.append('(');
                infix(l, " <> ", r);
                w.append(" OR ");
                operand(ln ? l : r); // NULL != value is true in Java
                w.append(" IS NULL)");
            } else {
                infix(l, " <> ", r);
            }
        }
    }

    @Override
    public Void call(Call e) {
        List<Expr> args = e.args();
        switch (e.function()) {
            case COUNT -> {
                if (args.isEmpty()) {
                    w.append("COUNT(*)");
                    return null;
                }
                function("COUNT", args);
            }
            case AVG -> {
                if (e.type() == ColumnType.DOUBLE) {
                    average(e);
                } else {
                    function("AVG", args);
                }
            }
            case LENGTH -> function(charLength(), args);
            default -> function(e.function().name(), args);
        }
        return null;
    }

    protected void function(String name, List<Expr> args) {
        w.append(name).append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                w.append(", ");
            }
            expr(args.get(i));
        }
        w.append(')');
    }

    @Override
    public Void caseWhen(CaseWhen e) {
        w.append("CASE");
        for (CaseWhen.When when : e.whens()) {
            w.append(" WHEN ");
            expr(when.condition()); // UNKNOWN falls through to ELSE, as Java's false does
            w.append(" THEN ");
            expr(when.result());
        }
        w.append(" ELSE ");
        expr(e.otherwise());
        w.append(" END");
        return null;
    }

    @Override
    public Void inList(InList e) {
        if (e.items().isEmpty()) {
            w.append(e.negated() ? "TRUE" : "FALSE");
        } else if (e.negated()) {
            unary(new Unary(UnaryOp.NOT, new InList(e.value(), e.items(), false)));
        } else {
            operand(e.value());
            w.append(" IN (");
            for (int i = 0; i < e.items().size(); i++) {
                if (i > 0) {
                    w.append(", ");
                }
                expr(e.items().get(i));
            }
            w.append(')');
        }
        return null;
    }

    @Override
    public Void inParam(InParam e) {
        InValues values = inValues(e.slot());
        if (e.negated()) {
            if (values.nonNull().isEmpty() && !values.hasNull()) {
                w.append("TRUE"); // nothing is in an empty collection
            } else {
                unary(new Unary(UnaryOp.NOT, new InParam(e.value(), e.slot(), false)));
            }
            return null;
        }
        List<Object> items = values.nonNull();
        ColumnType type = e.value().type();
        if (items.isEmpty()) {
            if (values.hasNull()) {
                unary(new Unary(UnaryOp.IS_NULL, e.value()));
            } else {
                w.append("FALSE");
            }
            return null;
        }
        if (values.hasNull()) {
            w.append('(');
        }
        operand(e.value());
        w.append(" IN (");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                w.append(", ");
            }
            bind(items.get(i), type);
        }
        w.append(')');
        if (values.hasNull()) {
            w.append(" OR "); // Java's contains(null) matches a null value
            operand(e.value());
            w.append(" IS NULL)");
        }
        return null;
    }

    @Override
    public Void inSubquery(InSubquery e) {
        if (e.negated()) {
            unary(new Unary(UnaryOp.NOT, new InSubquery(e.value(), e.subquery(), e.paramOffset(), false)));
            return null;
        }
        Select sub = (Select) e.subquery();
        if (sub.items().isEmpty()) {
            // a query of models stands for its keys: Sql.in(p.authorId, authors)
            sub = sub.withItems(List.of(new SelectItem(new ColumnRef(sub.from().primaryKey()), null)));
        }
        operand(e.value());
        w.append(" IN (");
        inSubquerySelect(new StatementWriter(nested(paramOffset() + e.paramOffset())), sub);
        w.append(')');
        return null;
    }

    /** Writes the SELECT of an IN subquery. */
    protected void inSubquerySelect(StatementWriter writer, Select sub) {
        writer.select(sub);
    }

    /**
     * A value of the select list or of an UPDATE's SET: a predicate there is a Java boolean, so one
     * that may be UNKNOWN is made two-valued with {@code IS TRUE}; a nullable column stays as it is.
     */
    public void valueExpr(Expr e) {
        boolean predicate = e instanceof Binary b && (b.op().isComparison() || b.op().isLogical())
                || e instanceof Unary u && u.op() != UnaryOp.NEGATE || e instanceof Like || e instanceof StringMatch
                || e instanceof InList || e instanceof InParam || e instanceof InSubquery || e instanceof Between;
        if (predicate && nullable(e)) {
            operand(e);
            w.append(" IS TRUE");
        } else {
            expr(e);
        }
    }

    @Override
    public Void between(Between e) {
        orderedOperand(e.value());
        w.append(" BETWEEN ");
        orderedOperand(e.low());
        w.append(" AND ");
        orderedOperand(e.high());
        return null;
    }
}
