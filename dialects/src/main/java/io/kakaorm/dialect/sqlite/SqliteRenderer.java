package io.kakaorm.dialect.sqlite;

import io.kakaorm.UnsupportedFeatureException;
import io.kakaorm.dialect.sql.LikePatterns;
import io.kakaorm.dialect.sql.SqlRenderer;
import io.kakaorm.dialect.sql.SqlTypes;
import io.kakaorm.dialect.sql.SqlWriter;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.MatchKind;
import io.kakaorm.expr.Param;
import io.kakaorm.expr.ColumnType;

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
        return "sqlite";
    }

    @Override
    protected SqlRenderer nested(int absoluteOffset) {
        return new SqliteRenderer(w, paramsArray(), absoluteOffset, types);
    }

    @Override
    public Void column(ColumnRef e) {
        if (e.column().type() == ColumnType.DECIMAL) {
            w.append("CAST(");
            identifier(e.column().name());
            w.append(" AS REAL)"); // stored as exact text; compared and computed as a number
        } else {
            identifier(e.column().name());
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
            throw new UnsupportedFeatureException("sqlite",
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
        operand(value);
        if (ignoreCase) {
            w.append(" LIKE ");
            bind(needle == null ? null : LikePatterns.like(needle.toString(), kind), ColumnType.STRING);
            w.append(likeEscape());
        } else {
            w.append(" GLOB ");
            bind(needle == null ? null : LikePatterns.glob(needle.toString(), kind), ColumnType.STRING);
        }
    }
}
