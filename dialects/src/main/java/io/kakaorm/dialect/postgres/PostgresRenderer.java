package io.kakaorm.dialect.postgres;

import io.kakaorm.dialect.sql.CaseFolding;
import io.kakaorm.dialect.sql.JavaText;
import io.kakaorm.dialect.sql.LikePatterns;
import io.kakaorm.dialect.sql.SqlRenderer;
import io.kakaorm.dialect.sql.SqlTypes;
import io.kakaorm.dialect.sql.SqlWriter;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.MatchKind;
import io.kakaorm.expr.Param;
import io.kakaorm.query.OrderItem;
import java.util.List;

/**
 * PostgreSQL: {@code $n} placeholders cast to their Java type, ILIKE, byte-order ({@code "C"})
 * comparison of strings as Java's {@code compareTo}, NULLs first ascending, RETURNING.
 */
final class PostgresRenderer extends SqlRenderer {

    PostgresRenderer(SqlWriter writer, Object[] params, int offset, SqlTypes types) {
        super(writer, params, offset, types);
    }

    @Override
    protected boolean reusesPlaceholders() {
        return true; // GROUP BY "views" / $1 matches SELECT "views" / $1 only with the same number
    }

    @Override
    public String dialectName() {
        return PostgresDialect.NAME;
    }

    @Override
    protected SqlRenderer nested(int absoluteOffset) {
        return new PostgresRenderer(w, paramsArray(), absoluteOffset, types);
    }

    @Override
    protected void appendPlaceholder(int position, ColumnType type) {
        w.append('$').append(position);
        if (type != null) {
            // PostgreSQL infers an untyped parameter from the other operand: an int column would
            // truncate a long or double value, so the Java type is stated
            w.append("::").append(PostgresTypes.castType(type));
        }
    }

    @Override
    protected void returning(String pkColumn) {
        w.append(" RETURNING ");
        identifier(pkColumn);
    }

    @Override
    protected void orderedOperand(Expr e) {
        operand(e);
        if (e.type() == ColumnType.STRING && !(e instanceof Param)) {
            // code-point order, as String.compareTo, whatever the database locale; the explicit
            // collation of one operand decides the comparison, so a bound value needs none
            w.append(" COLLATE \"C\"");
        }
    }

    @Override
    public void orderKey(OrderItem key) {
        super.orderKey(key);
        if (nullable(key.expr())) {
            w.append(key.descending() ? " NULLS LAST" : " NULLS FIRST"); // as MySQL and SQLite sort
        }
    }

    @Override
    protected void modulo(Binary e) {
        ColumnType t = e.type();
        if (t == ColumnType.DOUBLE || t == ColumnType.FLOAT) {
            // PostgreSQL has no % on floating point; Java's is x - y * trunc(x / y)
            operand(e.left());
            w.append(" - ");
            operand(e.right());
            w.append(" * TRUNC(");
            infix(e.left(), " / ", e.right());
            w.append(')');
        } else {
            super.modulo(e);
        }
    }

    @Override
    protected void textOperand(Expr e) {
        if (e.type() == null || e.type() == ColumnType.STRING) {
            operand(e);
        } else {
            w.append("CAST(");
            expr(e);
            w.append(" AS TEXT)"); // || needs one text side, and COALESCE(x, 'null') a text x
        }
    }

    @Override
    protected String likeEscape() {
        return ""; // backslash is PostgreSQL's default LIKE escape
    }

    @Override
    protected void likeIgnoreCase(Expr value, Expr pattern) {
        infix(value, " ILIKE ", pattern);
    }

    @Override
    protected void matchBound(Expr value, Object needle, MatchKind kind, boolean ignoreCase) {
        operand(value);
        w.append(ignoreCase ? " ILIKE " : " LIKE ");
        bind(needle == null ? null : LikePatterns.like(needle.toString(), kind), ColumnType.STRING);
    }

    @Override
    protected void stringOrderOperand(Expr e) {
        if (e instanceof Param p) {
            Object v = value(p.slot());
            bind(v == null ? null : JavaText.utf16Ordered(v.toString()), ColumnType.STRING);
        } else {
            // the rewrite of JavaText.utf16Ordered, in SQL: code-point order ("C") is then UTF-16 order
            w.append("REGEXP_REPLACE(REPLACE(");
            expr(e);
            w.append(", CHR(1114111), CHR(1114111) || CHR(1)), '([\\uE000-\\uFFFF])', CHR(1114111) || '\\1', 'g')");
        }
        w.append(" COLLATE \"C\"");
    }

    @Override
    protected void equalsIgnoreCase(Expr value, String needle) {
        operand(value);
        w.append(" ~ ");
        bind(CaseFolding.regex(needle, PostgresRenderer::regexChar, "^", "$"), ColumnType.STRING);
    }

    private static String regexChar(int cp) {
        return cp > 0xFFFF ? String.format("\\U%08X", cp) : String.format("\\u%04X", cp);
    }

    @Override
    protected boolean javaCall(Call e) {
        return PostgresCalls.render(this, e);
    }

    // ---- access for PostgresCalls ----

    void text(String sql) {
        w.append(sql);
    }

    void sub(Expr e) {
        operand(e);
    }

    void bindText(String v) {
        bind(v, ColumnType.STRING);
    }

    /** A long IN collection is one array: {@code x = ANY($n::int8[])}, one text for every length. */
    @Override
    protected Object collectionBind(List<Object> items, ColumnType type) {
        return PostgresArrays.of(items, type);
    }

    @Override
    protected void inCollection(Expr value, Object bind, ColumnType type) {
        operand(value);
        w.append(" = ANY($")
                .append(w.addBind(bind))
                .append("::")
                .append(PostgresTypes.castType(type))
                .append("[])");
    }
}
