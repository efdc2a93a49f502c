package io.kakaorm.dialect.sql;

import io.kakaorm.UnsupportedFeatureException;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.Like;
import io.kakaorm.expr.MatchKind;
import io.kakaorm.expr.Param;
import io.kakaorm.expr.StringMatch;
import java.util.List;

/**
 * String matching with Java's meaning: LIKE with a user pattern (case-sensitive unless asked),
 * {@code startsWith/endsWith/contains} whose needle is plain text (escaped when bound, positions when
 * it is an expression), {@code equalsIgnoreCase}. Dialects override the hooks where their LIKE differs.
 */
public abstract class SqlMatching extends SqlSyntax {

    protected SqlMatching(SqlWriter writer, Object[] params, int paramOffset, SqlTypes types) {
        super(writer, params, paramOffset, types);
    }

    protected static Call lower(Expr e) {
        return new Call(Function.LOWER, List.of(e), ColumnType.STRING);
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
    protected void matchBound(Expr value, Object needle, MatchKind kind, boolean ignoreCase) {
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
        if (e.kind() == MatchKind.EQUALS && e.ignoreCase() && n instanceof Param p) {
            Object needle = value(p.slot());
            if (needle == null) {
                w.append("FALSE"); // equalsIgnoreCase(null) is false
            } else {
                equalsIgnoreCase(v, needle.toString());
            }
        } else if (e.kind() == MatchKind.EQUALS) {
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

    /**
     * Java's {@code value.equalsIgnoreCase(needle)} for a bound needle: same length in UTF-16 units, and
     * each character in the needle character's {@link CaseFolding class}. Defaults to comparing lowered text
     * (exact for ASCII only): dialects override it.
     */
    protected void equalsIgnoreCase(Expr value, String needle) {
        throw new UnsupportedFeatureException(dialectName(), "String.equalsIgnoreCase");
    }

    /** startsWith/endsWith/contains with a needle that is an expression: positions, not LIKE. */
    protected void matchExpression(Expr v, Expr n, MatchKind kind) {
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
}
