package io.kakaorm.dialect.sql;

import io.kakaorm.UnsupportedFeatureException;
import io.kakaorm.expr.Between;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.ExprVisitor;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.InList;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.InSubquery;
import io.kakaorm.expr.Like;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.Param;
import io.kakaorm.expr.StringMatch;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.meta.ColumnType;
import java.util.List;

/**
 * Writes an expression tree as ANSI SQL into a {@link SqlWriter}, with Java's meaning: two-valued
 * comparisons, NULL-aware {@code !=}, literal {@code startsWith} needles, empty IN as FALSE. A dialect
 * subclass overrides only the hooks where its database differs, and emulates by rewriting into other
 * nodes and visiting them. One instance renders one statement (it holds the writer and the values);
 * not thread-safe.
 */
public abstract class SqlRenderer implements ExprVisitor<Void> {
    protected final SqlWriter w;
    private final Object[] params;
    private final int paramOffset;
    protected final SqlTypes types;
    private final Nullability nulls = new Nullability(this);

    protected SqlRenderer(SqlWriter writer, Object[] params, int paramOffset, SqlTypes types) {
        this.w = writer;
        this.params = params;
        this.paramOffset = paramOffset;
        this.types = types;
    }

    // ---- SPI hooks -------------------------------------------------------------------------------

    /** The dialect's name, for error messages. */
    public abstract String dialectName();

    /** A renderer of the same dialect writing to the same writer, whose slot 0 is value {@code absoluteOffset}. */
    protected abstract SqlRenderer nested(int absoluteOffset);

    /** The identifier quoted: ANSI double quotes, embedded quotes doubled. */
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Writes the placeholder of the bind at 1-based {@code position}: {@code ?} unless overridden. */
    protected void appendPlaceholder(int position, ColumnType type) {
        w.append('?');
    }

    /** Writes LIMIT/OFFSET (either may be null, not both). */
    protected void limitOffset(Long limit, Long offset) {
        if (limit != null) {
            w.append(" LIMIT ").append(limit);
        }
        if (offset != null) {
            w.append(" OFFSET ").append(offset);
        }
    }

    /** Writes one ORDER BY key; NULLs sort first ascending (what MySQL and SQLite do). */
    public void orderKey(io.kakaorm.query.OrderItem key) {
        orderedOperand(key.expr());
        if (key.descending()) {
            w.append(" DESC");
        }
    }

    /** Writes the clause that makes an INSERT return its generated key. */
    protected void returning(String pkColumn) {
        throw new UnsupportedFeatureException(dialectName(), "INSERT … RETURNING");
    }

    /** Writes the tail of an INSERT that sets no column. */
    protected void insertDefaultValues() {
        w.append(" DEFAULT VALUES");
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

    /** The function that counts characters (not bytes) of a string. */
    protected String charLength() {
        return "LENGTH";
    }

    /** {@code needle}'s first position in {@code haystack} (1-based, 0 when absent). */
    protected void position(Expr haystack, Expr needle) {
        w.append("POSITION(");
        expr(needle);
        w.append(" IN ");
        expr(haystack);
        w.append(')');
    }

    /** {@code AVG} as a double, like Java's average. */
    protected void average(Call e) {
        w.append("CAST(AVG(");
        expr(e.args().get(0));
        w.append(") AS DOUBLE PRECISION)");
    }

    /** The ESCAPE clause of a LIKE whose patterns escape with a backslash. */
    protected String likeEscape() {
        return " ESCAPE '\\'";
    }

    /** A case-sensitive LIKE (ANSI LIKE is). */
    protected void likeCaseSensitive(Expr value, Expr pattern) {
        operand(value);
        w.append(" LIKE ");
        operand(pattern);
        w.append(likeEscape());
    }

    /** A case-insensitive LIKE: both sides lowered. */
    protected void likeIgnoreCase(Expr value, Expr pattern) {
        likeCaseSensitive(lower(value), lower(pattern));
    }

    /**
     * A Java {@code startsWith/endsWith/contains} with a bound needle: LIKE with the needle's
     * {@code % _ \} escaped.
     */
    protected void matchBound(Expr value, Object needle, io.kakaorm.expr.MatchKind kind, boolean ignoreCase) {
        String pattern = needle == null ? null : LikePatterns.like(needle.toString(), kind);
        operand(ignoreCase ? lower(value) : value);
        w.append(" LIKE ");
        if (ignoreCase) {
            w.append("LOWER(");
            bind(pattern, ColumnType.STRING);
            w.append(')');
        } else {
            bind(pattern, ColumnType.STRING);
        }
        w.append(likeEscape());
    }

    // ---- entry points ----------------------------------------------------------------------------

    /** Writes {@code e} without surrounding parentheses. */
    public void expr(Expr e) {
        e.accept(this);
    }

    /** Writes {@code e}, in parentheses when it is an operator expression. */
    public void operand(Expr e) {
        boolean compound = e instanceof Binary || e instanceof Unary || e instanceof Like
                || e instanceof StringMatch || e instanceof InList || e instanceof InParam
                || e instanceof InSubquery || e instanceof Between;
        if (compound) {
            w.append('(');
        }
        e.accept(this);
        if (compound) {
            w.append(')');
        }
    }

    /** Writes a quoted identifier. */
    public void identifier(String name) {
        w.append(quote(name));
    }

    /** Binds a Java value (converted for the driver) and writes its placeholder. */
    public void bind(Object javaValue, ColumnType type) {
        int position = w.addBind(types.toDb(javaValue));
        appendPlaceholder(position, type);
    }

    /** The value of parameter {@code slot} (relative to this renderer's offset). */
    public Object value(int slot) {
        int i = paramOffset + slot;
        if (i >= params.length) {
            throw new IllegalArgumentException("parameter slot " + i + " is missing: " + params.length + " values given");
        }
        return params[i];
    }

    /** Whether {@code e} may render as NULL/UNKNOWN for the current values. */
    protected boolean nullable(Expr e) {
        return nulls.test(e);
    }

    /** The whole parameter array (for {@link #nested}). */
    protected Object[] paramsArray() {
        return params;
    }

    /** The writer. */
    public SqlWriter writer() {
        return w;
    }

    static boolean isNull(SqlRenderer r, Expr e) {
        return e instanceof Literal l && l.value() == null || e instanceof Param p && r.value(p.slot()) == null;
    }

    protected static Call lower(Expr e) {
        return new Call(Function.LOWER, List.of(e), ColumnType.STRING);
    }

    protected void infix(Expr left, String op, Expr right) {
        operand(left);
        w.append(op);
        operand(right);
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
    public Void like(Like e) {
        if (e.ignoreCase()) {
            likeIgnoreCase(e.value(), e.pattern());
        } else {
            likeCaseSensitive(e.value(), e.pattern());
        }
        return null;
    }

    @Override
    public Void stringMatch(StringMatch e) {
        Expr v = e.value();
        Expr n = e.needle();
        if (e.kind() == io.kakaorm.expr.MatchKind.EQUALS) {
            // equalsIgnoreCase (or equals): compare lowered, through the NULL-aware equality
            binary(new Binary(BinaryOp.EQ, e.ignoreCase() ? lower(v) : v, e.ignoreCase() ? lower(n) : n));
        } else if (n instanceof Param p) {
            matchBound(v, value(p.slot()), e.kind(), e.ignoreCase());
        } else if (e.ignoreCase()) {
            stringMatch(new StringMatch(lower(v), lower(n), e.kind(), false));
        } else {
            matchExpression(v, n, e.kind());
        }
        return null;
    }

    /** startsWith/endsWith/contains with a needle that is an expression: positions, not LIKE. */
    protected void matchExpression(Expr v, Expr n, io.kakaorm.expr.MatchKind kind) {
        String len = charLength();
        switch (kind) {
            case CONTAINS -> {
                position(v, n);
                w.append(" > 0");
            }
            case PREFIX -> {
                w.append("SUBSTR(");
                expr(v);
                w.append(", 1, ").append(len).append('(');
                expr(n);
                w.append(")) = ");
                operand(n);
            }
            case SUFFIX -> {
                // guard the length first: a start position below 1 means something else on each database
                w.append(len).append('(');
                expr(v);
                w.append(") >= ").append(len).append('(');
                expr(n);
                w.append(") AND SUBSTR(");
                expr(v);
                w.append(", ").append(len).append('(');
                expr(v);
                w.append(") - ").append(len).append('(');
                expr(n);
                w.append(") + 1) = ");
                operand(n);
            }
            default -> throw new AssertionError(kind);
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
        InValues values = InValues.of(value(e.slot()));
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
        operand(e.value());
        w.append(" IN (");
        new StatementWriter(nested(paramOffset + e.paramOffset())).select(e.subquery());
        w.append(')');
        return null;
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
