package io.kakaorm.dialect.sqlite;

import io.kakaorm.UnsupportedFeatureException;
import io.kakaorm.dialect.sql.InCollections;
import io.kakaorm.dialect.sql.LikePatterns;
import io.kakaorm.dialect.sql.SqlRenderer;
import io.kakaorm.dialect.sql.SqlTypes;
import io.kakaorm.dialect.sql.SqlWriter;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.MatchKind;
import io.kakaorm.expr.Param;
import java.util.List;

/**
 * SQLite: GLOB for case-sensitive matching (its LIKE ignores ASCII case, and {@code PRAGMA
 * case_sensitive_like} would change every statement of a shared connection), {@code IS} for
 * null-safe equality, {@code LIMIT -1} for "all rows", decimals stored as text compared as numbers,
 * RETURNING (3.35+).
 */
final class SqliteRenderer extends SqlRenderer {

    SqliteRenderer(SqlWriter writer, Object[] params, int offset, SqlTypes types) {
        super(writer, params, offset, types);
    }

    @Override
    public String dialectName() {
        return SqliteDialect.NAME;
    }

    @Override
    protected SqlRenderer nested(int absoluteOffset) {
        return new SqliteRenderer(w, paramsArray(), absoluteOffset, types);
    }

    @Override
    public Void column(ColumnRef e) {
        if (e.column().type() == ColumnType.DECIMAL) {
            w.append("CAST(");
            columnName(e);
            w.append(" AS REAL)"); // stored as exact text; compared and computed as a number
        } else {
            columnName(e);
        }
        return null;
    }

    @Override
    protected void limitOffset(Long limit, Long offset) {
        w.append(" LIMIT ").append(limit != null ? limit : -1L);
        if (offset != null) {
            w.append(" OFFSET ").append(offset);
        }
    }

    @Override
    protected void returning(String pkColumn) {
        w.append(" RETURNING ");
        identifier(pkColumn);
    }

    /**
     * An ordering or equality of decimals compares their exact text with Java's {@code compareTo}
     * ({@code kakaorm_dec('cmp', …)}), not SQLite's REAL approximation of it.
     */
    @Override
    public Void binary(Binary e) {
        String op = switch (e.op()) {
            case EQ -> " = ";
            case NE -> " <> ";
            case LT -> " < ";
            case LE -> " <= ";
            case GT -> " > ";
            case GE -> " >= ";
            default -> null;
        };
        if (op != null
                && (e.left().type() == ColumnType.DECIMAL || e.right().type() == ColumnType.DECIMAL)
                && !isNull(this, e.left())
                && !isNull(this, e.right())) {
            boolean ln = nullable(e.left());
            boolean rn = nullable(e.right());
            if (e.op() == BinaryOp.EQ || e.op() == BinaryOp.NE) {
                decimalEquality(e.left(), e.right(), ln, rn, e.op() == BinaryOp.NE);
                return null;
            }
            SqliteDecimals.call(this, "cmp", e.left(), e.right());
            w.append(op).append('0');
            return null;
        }
        if (e.type() == ColumnType.DOUBLE
                && (e.op() == BinaryOp.ADD
                        || e.op() == BinaryOp.SUB
                        || e.op() == BinaryOp.MUL
                        || e.op() == BinaryOp.DIV)) {
            doubleArithmetic(e);
            return null;
        }
        return super.binary(e);
    }

    /**
     * Java's {@code double + - * /} through {@code kakaorm_double}: SQLite keeps an infinity but turns NaN
     * (infinity times zero, infinity minus infinity, 0.0 / 0.0) into NULL, where Java's {@code !=} would be
     * true; the function fails the query instead, and divides by zero as Java does.
     */
    private void doubleArithmetic(Binary e) {
        String op = switch (e.op()) {
            case ADD -> "+";
            case SUB -> "-";
            case MUL -> "*";
            default -> "/";
        };
        w.append("kakaorm_double('").append(op).append("', ");
        expr(e.left());
        w.append(", ");
        expr(e.right());
        w.append(')');
    }

    /** Decimal equality with NULL as a value, as the base renderer's equality: two NULLs are equal. */
    private void decimalEquality(Expr a, Expr b, boolean ln, boolean rn, boolean negated) {
        if (ln && rn) {
            w.append(negated ? "NOT COALESCE(" : "COALESCE(");
            SqliteDecimals.call(this, "cmp", a, b);
            w.append(" = 0, ");
            operand(a);
            w.append(" IS NULL AND ");
            operand(b);
            w.append(" IS NULL)");
        } else if (negated && (ln || rn)) {
            w.append('(');
            SqliteDecimals.call(this, "cmp", a, b);
            w.append(" <> 0 OR ");
            operand(ln ? a : b); // NULL != value is true in Java
            w.append(" IS NULL)");
        } else {
            SqliteDecimals.call(this, "cmp", a, b);
            w.append(negated ? " <> 0" : " = 0");
        }
    }

    /** A CASE choosing between decimals keeps their exact text (a column's REAL image would lose digits). */
    @Override
    public Void caseWhen(CaseWhen e) {
        if (e.type() != ColumnType.DECIMAL) {
            return super.caseWhen(e);
        }
        w.append("CASE");
        for (CaseWhen.When when : e.whens()) {
            w.append(" WHEN ");
            expr(when.condition());
            w.append(" THEN ");
            SqliteDecimals.arg(this, when.result());
        }
        w.append(" ELSE ");
        SqliteDecimals.arg(this, e.otherwise());
        w.append(" END");
        return null;
    }

    @Override
    protected void nullSafeEquals(Expr a, Expr b, boolean negated) {
        infix(a, negated ? " IS NOT " : " IS ", b);
    }

    @Override
    protected void modulo(Binary e) {
        ColumnType t = e.type();
        if (t == ColumnType.DOUBLE || t == ColumnType.FLOAT || t == ColumnType.DECIMAL) {
            // SQLite's % truncates its operands to integers; Java's is x - y * trunc(x / y)
            operand(e.left());
            w.append(" - ");
            operand(e.right());
            w.append(" * CAST(");
            infix(e.left(), " / ", e.right());
            w.append(" AS INTEGER)");
        } else {
            super.modulo(e);
        }
    }

    @Override
    protected void position(Expr haystack, Expr needle) {
        w.append("INSTR(");
        expr(haystack);
        w.append(", ");
        expr(needle);
        w.append(')');
    }

    @Override
    protected void average(Call e) {
        function("AVG", e.args()); // already a REAL
    }

    @Override
    protected void likeCaseSensitive(Expr value, Expr pattern) {
        if (!(pattern instanceof Param p)) {
            throw new UnsupportedFeatureException(
                    SqliteDialect.NAME,
                    "case-sensitive LIKE with a pattern that is not a bound value (use ilike, or bind the pattern)");
        }
        Object like = value(p.slot());
        operand(value);
        w.append(" GLOB ");
        bind(like == null ? null : LikePatterns.likeToGlob(like.toString()), ColumnType.STRING);
    }

    @Override
    protected void likeIgnoreCase(Expr value, Expr pattern) {
        super.likeCaseSensitive(value, pattern); // SQLite's LIKE ignores (ASCII) case already
    }

    @Override
    protected void matchBound(Expr value, Object needle, MatchKind kind, boolean ignoreCase) {
        if (ignoreCase) {
            operand(value);
            w.append(" LIKE ");
            bind(needle == null ? null : LikePatterns.like(needle.toString(), kind), ColumnType.STRING);
            w.append(likeEscape());
        } else {
            bytesMatch(value, () -> bind(needle, ColumnType.STRING), kind);
        }
    }

    @Override
    protected void matchExpression(Expr v, Expr n, MatchKind kind) {
        bytesMatch(v, () -> expr(n), kind);
    }

    /**
     * startsWith/endsWith/contains on the UTF-8 bytes: SQLite's text functions (GLOB, INSTR, SUBSTR, LENGTH)
     * stop at a U+0000, its BLOB functions do not; a byte-wise match of UTF-8 is a character-wise match.
     */
    private void bytesMatch(Expr value, Runnable needle, MatchKind kind) {
        switch (kind) {
            case CONTAINS, PREFIX -> {
                w.append("INSTR(CAST(");
                expr(value);
                w.append(" AS BLOB), CAST(");
                needle.run();
                w.append(kind == MatchKind.CONTAINS ? " AS BLOB)) > 0" : " AS BLOB)) = 1");
            }
            case SUFFIX -> {
                // the last LENGTH(needle) bytes; an empty needle is a suffix of everything (SUBSTR of it is not a BLOB)
                w.append("LENGTH(CAST(");
                expr(value);
                w.append(" AS BLOB)) >= LENGTH(CAST(");
                needle.run();
                w.append(" AS BLOB)) AND (LENGTH(CAST(");
                needle.run();
                w.append(" AS BLOB)) = 0 OR SUBSTR(CAST(");
                expr(value);
                w.append(" AS BLOB), -LENGTH(CAST(");
                needle.run();
                w.append(" AS BLOB))) = CAST(");
                needle.run();
                w.append(" AS BLOB))");
            }
            default -> throw new AssertionError(kind);
        }
    }

    @Override
    protected void stringOrderOperand(Expr e) {
        w.append("kakaorm_key16(");
        expr(e);
        w.append(')'); // UTF-16 bytes: their order is String.compareTo's (SQLite's BINARY is code-point order)
    }

    @Override
    protected void equalsIgnoreCase(Expr value, String needle) {
        w.append("kakaorm_equals_ignore_case(");
        expr(value);
        w.append(", ");
        bind(needle, ColumnType.STRING);
        w.append(") = 1"); // Java's own equalsIgnoreCase, registered on every connection by the runtime
    }

    @Override
    protected boolean javaCall(Call e) {
        return SqliteCalls.render(this, e);
    }

    // ---- access for SqliteCalls ----

    void text(String sql) {
        w.append(sql);
    }

    void sub(Expr e) {
        operand(e);
    }

    /** A long IN collection is one JSON array read by {@code json_each}, one text for every length. */
    @Override
    protected Object collectionBind(List<Object> items, ColumnType type) {
        List<Object> values = InCollections.bindable(type) ? InCollections.normalise(items, type) : null;
        return values == null ? null : InCollections.json(values, Object::toString);
    }

    @Override
    protected void inCollection(Expr value, Object bind, ColumnType type) {
        operand(value);
        w.addBind(bind);
        w.append(" IN (SELECT value FROM json_each(?))");
    }
}
