package io.kakaorm.dialect.sqlite;

import io.kakaorm.expr.Call;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * {@code BigDecimal} in SQLite, which has no decimal type: decimals are stored as their exact text, and
 * {@code kakaorm_dec(op, a, b)} computes with Java's BigDecimal over that text ({@code + - *}, negate, abs,
 * signum, setScale DOWN/HALF_UP, intValue, longValue, and {@code cmp}, the comparison every ordering of
 * decimals in a lambda uses instead of SQLite's REAL one). NULL in, NULL out.
 */
final class SqliteDecimals {
    private SqliteDecimals() {}

    static void register(Connection c, int flags) throws SQLException {
        Function.create(
                c,
                "kakaorm_dec",
                new SqliteFunctions.Base() {
                    @Override
                    protected void xFunc() throws SQLException {
                        String op = text(0);
                        boolean binary = op.equals("+")
                                || op.equals("-")
                                || op.equals("*")
                                || op.equals("cmp")
                                || op.equals("down")
                                || op.equals("half_up");
                        if (nullArg(1) || binary && nullArg(2)) {
                            result();
                            return;
                        }
                        BigDecimal a = decimal(1);
                        switch (op) {
                            case "+" -> result(a.add(decimal(2)).toString());
                            case "-" -> result(a.subtract(decimal(2)).toString());
                            case "*" -> result(a.multiply(decimal(2)).toString());
                            case "neg" -> result(a.negate().toString());
                            case "abs" -> result(a.abs().toString());
                            case "signum" -> result(a.signum());
                            case "cmp" -> result(a.compareTo(decimal(2)));
                            case "down" ->
                                result(a.setScale(value_int(2), RoundingMode.DOWN)
                                        .toString());
                            case "half_up" ->
                                result(a.setScale(value_int(2), RoundingMode.HALF_UP)
                                        .toString());
                            case "int" -> result(a.intValue());
                            case "long" -> result(a.longValue());
                            case "of" -> result(a.toString());
                            default -> error("kakaorm_dec: unknown operation " + op);
                        }
                    }

                    private BigDecimal decimal(int arg) throws SQLException {
                        if (value_type(arg) == 1) { // SQLITE_INTEGER
                            return BigDecimal.valueOf(value_long(arg));
                        }
                        return new BigDecimal(text(arg).strip());
                    }
                },
                -1,
                flags);
    }

    static boolean render(SqliteRenderer r, Call e) {
        switch (e.function()) {
            case DEC_ADD -> call(r, "+", e.args().get(0), e.args().get(1));
            case DEC_SUB -> call(r, "-", e.args().get(0), e.args().get(1));
            case DEC_MUL -> call(r, "*", e.args().get(0), e.args().get(1));
            case DEC_NEGATE -> call(r, "neg", e.args().get(0), null);
            case DEC_ABS -> call(r, "abs", e.args().get(0), null);
            case DEC_SIGNUM -> call(r, "signum", e.args().get(0), null);
            case DEC_SCALE_DOWN -> call(r, "down", e.args().get(0), e.args().get(1));
            case DEC_SCALE_HALF_UP ->
                call(r, "half_up", e.args().get(0), e.args().get(1));
            case DEC_INT_VALUE -> call(r, "int", e.args().get(0), null);
            case DEC_LONG_VALUE -> call(r, "long", e.args().get(0), null);
            case DEC_OF -> r.sub(e.args().get(0)); // an INTEGER, which kakaorm_dec reads exactly
            case COALESCE -> {
                if (e.type() != ColumnType.DECIMAL) {
                    return false;
                }
                r.text("COALESCE(");
                for (int i = 0; i < e.args().size(); i++) {
                    r.text(i > 0 ? ", " : "");
                    arg(r, e.args().get(i));
                }
                r.text(")");
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** {@code kakaorm_dec(op, a[, b])}, a stored decimal read as its text (not SQLite's REAL of it). */
    static void call(SqliteRenderer r, String op, Expr a, Expr b) {
        r.text("kakaorm_dec('" + op + "', ");
        arg(r, a);
        if (b != null) {
            r.text(", ");
            arg(r, b);
        }
        r.text(")");
    }

    static void arg(SqliteRenderer r, Expr x) {
        if (x instanceof ColumnRef c && c.column().type() == ColumnType.DECIMAL) {
            r.columnName(c);
        } else {
            r.sub(x);
        }
    }
}
