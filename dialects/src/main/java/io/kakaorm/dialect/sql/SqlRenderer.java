package io.kakaorm.dialect.sql;

import io.kakaorm.expr.Between;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.InList;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.InSubquery;
import io.kakaorm.expr.Like;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.Param;
import io.kakaorm.expr.ScalarSubquery;
import io.kakaorm.expr.StringMatch;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.expr.Window;
import io.kakaorm.query.OrderItem;
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
    private Select scope;
    private boolean joinCondition;
    /** How many scalar subqueries this renderer's statement is nested in: its aliases are distinct per depth. */
    private int depth;

    protected SqlRenderer(SqlWriter writer, Object[] params, int paramOffset, SqlTypes types) {
        super(writer, params, paramOffset, types);
    }

    // ---- SPI hooks -------------------------------------------------------------------------------

    /** A renderer of the same dialect writing to the same writer, whose slot 0 is value {@code absoluteOffset}. */
    protected abstract SqlRenderer nested(int absoluteOffset);

    /** Writes one ORDER BY key; NULLs sort first ascending (what MySQL and SQLite do). */
    public void orderKey(OrderItem key) {
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
        if (e.type() == ColumnType.BOOLEAN) {
            booleanText(e);
        } else {
            operand(e);
        }
    }

    /** Java's text of a boolean, {@code "true"}/{@code "false"} (NULL stays NULL). */
    protected void booleanText(Expr e) {
        w.append("CASE WHEN ");
        operand(e);
        w.append(" THEN 'true' WHEN NOT ");
        operand(e);
        w.append(" THEN 'false' END");
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

    /**
     * The elements of the collection at {@code slot} compared with a value of {@code type}; their count and
     * null-ness shape the SQL, except for a collection bound as one value ({@link #collectionBind}), whose
     * text is the same for every length.
     */
    InValues inValues(int slot, ColumnType type) {
        InValues values = InValues.of(value(slot));
        boolean one = values.nonNull().size() > InCollections.SMALL && collectionBind(values.nonNull(), type) != null;
        w.decide(one ? -1 - (values.hasNull() ? 1 : 0) : values.nonNull().size() * 2 + (values.hasNull() ? 1 : 0));
        return values;
    }

    /**
     * The non-null elements of an IN collection compared with a value of {@code type} as one bind value
     * (an array, a JSON text), or {@code null} to bind them one by one: {@code IN (?, ?, …)}.
     */
    protected Object collectionBind(List<Object> items, ColumnType type) {
        return null;
    }

    /**
     * Writes {@code value IN} the collection {@code bind} ({@link #collectionBind}'s value), adding the bind
     * with {@code w.addBind} where its placeholder is written (after the value's own binds).
     */
    protected void inCollection(Expr value, Object bind, ColumnType type) {
        throw new IllegalStateException(dialectName() + " binds no collection as one value");
    }

    protected static boolean isNull(SqlRenderer r, Expr e) {
        return e instanceof Literal l && l.value() == null || e instanceof Param p && r.value(p.slot()) == null;
    }

    // ---- nodes -----------------------------------------------------------------------------------

    @Override
    public Void column(ColumnRef e) {
        columnName(e);
        return null;
    }

    /**
     * The statement whose FROM the column references of this renderer name: a joined statement's columns
     * are written {@code "t<source>"."column"}, and the columns of a source that may be missing (outer
     * joins) are nullable whatever the model says.
     */
    public void scope(Select statement) {
        this.scope = statement;
        this.nulls = null;
    }

    /** The table alias of FROM source {@code source} in a joined statement. */
    public static String alias(int source) {
        return "t" + source;
    }

    /**
     * The alias of FROM source {@code source} for this renderer: {@link #alias} at the top, {@code s<depth>_<source>}
     * inside a scalar subquery, so that the subquery's own sources never hide the enclosing statement's.
     */
    public String aliasOf(int source) {
        return depth == 0 ? alias(source) : "s" + depth + "_" + source;
    }

    /** A column's name, qualified by its source's alias in a joined statement. */
    public void columnName(ColumnRef e) {
        if (scope != null && scope.isJoined()) {
            identifier(aliasOf(e.source()));
            w.append('.');
        }
        identifier(e.column().name());
    }

    /**
     * A column of the current statement named so that a nested subquery resolves it to this statement: by
     * its alias in a joined statement, else by the table's name (the FROM's range name).
     */
    private void outerColumnName(ColumnRef e) {
        if (scope == null) {
            throw new IllegalStateException("a scalar subquery outside a statement");
        }
        identifier(scope.isJoined() ? aliasOf(e.source()) : scope.from().table());
        w.append('.');
        identifier(e.column().name());
    }

    /**
     * Whether an ON condition is being written: there every source's row is present (an outer join's
     * missing side is only made after matching), so only the model decides a column's nullability.
     */
    public void joinCondition(boolean on) {
        this.joinCondition = on;
    }

    /** Whether the column may be NULL in a row of the current statement (a nullable column, or an outer join's). */
    boolean nullableColumn(ColumnRef e) {
        return e.column().nullable() || !joinCondition && scope != null && scope.mayBeMissing(e.source());
    }

    @Override
    public Void param(Param e) {
        if (reusesPlaceholders()) {
            Object v = value(e.slot());
            appendPlaceholder(w.bindSlot(paramOffset() + e.slot(), types, v), e.type());
        } else {
            bindParam(e.slot(), e.type());
        }
        return null;
    }

    /** Whether the database assigns an UPDATE's SET left to right, each value seeing the ones before (MariaDB). */
    public boolean assignsInOrder() {
        return false;
    }

    /** Whether placeholders are numbered, so that a parameter written twice reads as one ({@code $1} … {@code $1}). */
    protected boolean reusesPlaceholders() {
        return false;
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

    private void logicalOperand(Expr operand, BinaryOp op) {
        Expr x = present(operand);
        if (x instanceof Binary b && b.op() == op) {
            logical(b); // a AND b AND c needs no parentheses
        } else {
            operand(x);
        }
    }

    private void ordered(Binary e, String op) {
        if (e.left().type() == ColumnType.STRING || e.right().type() == ColumnType.STRING) {
            stringOrderOperand(e.left());
            w.append(op);
            stringOrderOperand(e.right());
            return;
        }
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

    /**
     * Writes a function with Java meaning that this database spells its own way ({@link JavaCalls}: string
     * length in UTF-16 units, trim/strip, wrap-around arithmetic, conversions, date/time fields and
     * arithmetic); returns {@code false} to render {@code e} as a plain SQL function call.
     */
    protected boolean javaCall(Call e) {
        return false;
    }

    /**
     * An operand of an ordering comparison of strings: Java's {@code compareTo} orders UTF-16 code units,
     * which differs from code-point order for supplementary characters against U+E000–U+FFFF.
     */
    protected void stringOrderOperand(Expr e) {
        orderedOperand(e);
    }

    @Override
    public void expr(Expr e) {
        super.expr(present(e));
    }

    @Override
    public void operand(Expr e) {
        super.operand(present(e));
    }

    /** A guard that holds here (a TRUE of its own, so that a TRUE written in the tree stays). */
    private static final Literal HOLDS = new Literal(Boolean.TRUE, ColumnType.BOOLEAN);

    /**
     * {@code e} without the dereference guards that cannot fail in this statement: a {@link Function#PRESENT}
     * of a value that is not NULL here (a NOT NULL column of a source that is always there, a bind value that
     * is not null) is TRUE, and left out of the AND that holds it.
     */
    private Expr present(Expr e) {
        if (e instanceof Call c && c.function() == Function.PRESENT) {
            return nullable(c.args().get(0)) ? e : HOLDS;
        }
        if (!(e instanceof Binary b) || !b.op().isLogical()) {
            return e;
        }
        Expr l = present(b.left());
        Expr r = present(b.right());
        if (b.op() == BinaryOp.OR) { // (guard OR bind values not null): TRUE when they are not
            return l == HOLDS || r == HOLDS ? HOLDS : e;
        }
        if (l == HOLDS) {
            return r;
        }
        if (r == HOLDS) {
            return l;
        }
        return l == b.left() && r == b.right() ? e : new Binary(BinaryOp.AND, l, r);
    }

    @Override
    public Void call(Call e) {
        if (e.function() == Function.PRESENT || e.function() == Function.DEREF) {
            Expr x = e.args().get(0);
            if (e.function() == Function.DEREF) {
                expr(x); // a decoder's mark, normally removed: the value itself
            } else if (x instanceof Param p && value(p.slot()) == null) {
                literal(Literal.FALSE); // a null bind value: no need to bind it (PostgreSQL could not type it)
            } else if (nullable(x)) {
                operand(x);
                w.append(" IS NOT NULL");
            } else {
                literal(Literal.TRUE);
            }
            return null;
        }
        if (javaCall(e)) {
            return null;
        }
        List<Expr> args = e.args();
        switch (e.function()) {
            case COUNT -> {
                if (args.isEmpty()) {
                    w.append("COUNT(*)");
                    return null;
                }
                function("COUNT", args);
            }
            case COUNT_DISTINCT -> {
                w.append("COUNT(DISTINCT ");
                expr(args.get(0));
                w.append(')');
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
        InValues values = inValues(e.slot(), e.value().type());
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
        Object one = items.size() > InCollections.SMALL ? collectionBind(items, type) : null;
        if (one != null) {
            inCollection(e.value(), one, type); // one text for every length
        } else {
            operand(e.value());
            w.append(" IN (");
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    w.append(", ");
                }
                bind(items.get(i), type);
            }
            w.append(')');
        }
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

    /**
     * {@code (SELECT aggregate FROM outer s_0 JOIN related s_1 ON match WHERE s_0.pk = <outer key>)}: the
     * outer model joined again by its primary key keeps the decoded {@code match} a plain join condition.
     */
    @Override
    public Void scalarSubquery(ScalarSubquery e) {
        if (!e.bound() || !(e.key() instanceof ColumnRef key)) {
            throw new IllegalStateException("a scalar subquery that the query builder did not bind: " + e);
        }
        Select sub = (Select) e.subquery();
        SqlRenderer inner = nested(paramOffset() + Math.max(0, e.paramOffset())); // a path has no parameters
        inner.depth = depth + 1;
        w.append('(');
        new StatementWriter(inner).select(sub);
        w.append(" WHERE ");
        inner.columnName(new ColumnRef(sub.from().primaryKey(), 0));
        w.append(" = ");
        outerColumnName(key);
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
                || e instanceof Unary u && u.op() != UnaryOp.NEGATE
                || e instanceof Like
                || e instanceof StringMatch
                || e instanceof InList
                || e instanceof InParam
                || e instanceof InSubquery
                || e instanceof Between;
        if (predicate && nullable(e)) {
            operand(e);
            w.append(" IS TRUE");
        } else {
            expr(e);
        }
    }

    @Override
    public Void between(Between e) {
        if (e.value().type() == ColumnType.STRING) {
            // each operand in parentheses: PostgreSQL's BETWEEN bounds take no COLLATE clause unparenthesised
            w.append('(');
            stringOrderOperand(e.value());
            w.append(") BETWEEN (");
            stringOrderOperand(e.low());
            w.append(") AND (");
            stringOrderOperand(e.high());
            w.append(')');
            return null;
        }
        orderedOperand(e.value());
        w.append(" BETWEEN ");
        orderedOperand(e.low());
        w.append(" AND ");
        orderedOperand(e.high());
        return null;
    }

    @Override
    public Void window(Window e) {
        switch (e.function()) {
            case LAG, LEAD -> lagLead(e);
            case COUNT -> {
                if (e.args().isEmpty()) {
                    w.append("COUNT(*)");
                } else {
                    function("COUNT", e.args());
                }
                over(e);
            }
            default -> {
                function(e.function().name(), e.args());
                over(e);
            }
        }
        return null;
    }

    /** {@code LAG/LEAD(value, offset, default) OVER (…)}; a dialect without the default argument emulates it. */
    protected void lagLead(Window e) {
        function(e.function().name(), e.args());
        over(e);
    }

    /** {@code OVER (PARTITION BY … ORDER BY …)} of {@code e}; ORDER BY keys sort NULLs as the query's ORDER BY does. */
    protected void over(Window e) {
        w.append(" OVER (");
        boolean any = false;
        for (int i = 0; i < e.partitionBy().size(); i++) {
            w.append(i == 0 ? "PARTITION BY " : ", ");
            expr(e.partitionBy().get(i));
            any = true;
        }
        for (int i = 0; i < e.orderBy().size(); i++) {
            w.append(i == 0 ? (any ? " ORDER BY " : "ORDER BY ") : ", ");
            Window.Key k = e.orderBy().get(i);
            orderKey(new OrderItem(k.expr(), k.descending()));
        }
        w.append(')');
    }
}
