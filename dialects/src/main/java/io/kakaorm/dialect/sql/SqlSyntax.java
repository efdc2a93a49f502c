package io.kakaorm.dialect.sql;

import io.kakaorm.UnsupportedFeatureException;
import io.kakaorm.expr.Between;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.ExprVisitor;
import io.kakaorm.expr.InList;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.InSubquery;
import io.kakaorm.expr.Like;
import io.kakaorm.expr.StringMatch;
import io.kakaorm.expr.Unary;

/**
 * The syntax atoms under {@link SqlRenderer}: the writer and values of one statement, identifier
 * quoting, placeholders, LIMIT/OFFSET, RETURNING and the default-row INSERT, each one overridable
 * hook with an ANSI default. Not thread-safe: one instance per statement.
 */
public abstract class SqlSyntax implements ExprVisitor<Void> {
    protected final SqlWriter w;
    protected final SqlTypes types;
    private final Object[] params;
    private final int paramOffset;

    protected SqlSyntax(SqlWriter writer, Object[] params, int paramOffset, SqlTypes types) {
        this.w = writer;
        this.params = params;
        this.paramOffset = paramOffset;
        this.types = types;
    }

    /** Where this renderer's slot 0 is in the values (non-zero inside a subquery). */
    protected int paramOffset() {
        return paramOffset;
    }

    /** The dialect's name, for error messages. */
    public abstract String dialectName();

    /** The character that quotes identifiers: ANSI's double quote unless overridden. */
    protected char quoteChar() {
        return '"';
    }

    /** The identifier quoted for this database, embedded quote characters doubled. */
    public final String quote(String identifier) {
        return quote(identifier, quoteChar());
    }

    /** {@code identifier} between {@code q}s, embedded {@code q}s doubled. */
    public static String quote(String identifier, char q) {
        String s = String.valueOf(q);
        return q + identifier.replace(s, s + s) + q;
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

    /** Writes the clause that makes an INSERT return its generated key. */
    protected void returning(String pkColumn) {
        throw new UnsupportedFeatureException(dialectName(), "INSERT … RETURNING");
    }

    /** Writes the tail of an INSERT that sets no column. */
    protected void insertDefaultValues() {
        w.append(" DEFAULT VALUES");
    }

    /** Writes {@code e} without surrounding parentheses. */
    public void expr(Expr e) {
        e.accept(this);
    }

    /** Writes {@code e}, in parentheses when it is an operator expression. */
    public void operand(Expr e) {
        boolean compound = e instanceof Binary
                || e instanceof Unary
                || e instanceof Like
                || e instanceof StringMatch
                || e instanceof InList
                || e instanceof InParam
                || e instanceof InSubquery
                || e instanceof Between;
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
        w.appendQuoted(name, quoteChar());
    }

    /** Binds parameter {@code slot} as it is (converted for the driver) and writes its placeholder. */
    protected void bindParam(int slot, ColumnType type) {
        Object v = value(slot);
        int position = w.addSlotBind(paramOffset + slot, types, v);
        appendPlaceholder(position, type);
    }

    /** Binds a Java value (converted for the driver) and writes its placeholder. */
    public void bind(Object javaValue, ColumnType type) {
        int position = w.addBind(types.toDb(javaValue));
        appendPlaceholder(position, type);
    }

    /**
     * The value of parameter {@code slot} (relative to this renderer's offset). */
    public Object value(int slot) {
        int i = paramOffset + slot;
        if (i >= params.length) {
            throw new IllegalArgumentException(
                    "parameter slot " + i + " is missing: " + params.length + " values given");
        }
        Object v = params[i];
        w.decideNull(i, v == null); // whether a value is null may shape the SQL (x IS NULL, OR x IS NULL, …)
        return v;
    }

    /** The whole parameter array (for {@link #nested}). */
    protected Object[] paramsArray() {
        return params;
    }

    /** The writer. */
    public SqlWriter writer() {
        return w;
    }

    /** {@code left op right}, operands parenthesised when compound. */
    protected void infix(Expr left, String op, Expr right) {
        operand(left);
        w.append(op);
        operand(right);
    }
}
