package io.kakaorm.dialect.mysql;

import io.kakaorm.dialect.sql.SqlRenderer;
import io.kakaorm.dialect.sql.SqlTypes;
import io.kakaorm.dialect.sql.SqlWriter;
import io.kakaorm.dialect.sql.StatementWriter;
import io.kakaorm.query.Select;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.ColumnType;

/**
 * MySQL/MariaDB: backquoted names, {@code DIV} for integer division, {@code CONCAT()}, {@code <=>},
 * {@code CHAR_LENGTH}, no RETURNING. Case-sensitive string comparison comes from the tables' binary
 * collation ({@link MySqlDdl}), which wins over the connection's for every column operand.
 */
final class MySqlRenderer extends SqlRenderer {
    /** MySQL has no OFFSET without LIMIT; this is its documented "all rows". */
    private static final String ALL_ROWS = "18446744073709551615";

    MySqlRenderer(SqlWriter writer, Object[] params, int offset, SqlTypes types) {
        super(writer, params, offset, types);
    }

    @Override
    public String dialectName() {
        return "mysql";
    }

    @Override
    protected SqlRenderer nested(int absoluteOffset) {
        return new MySqlRenderer(w, paramsArray(), absoluteOffset, types);
    }

    @Override
    protected void appendPlaceholder(int position, ColumnType type) {
        if (type == ColumnType.DECIMAL) {
            // the client sends a decimal as text, and MySQL compares text with a DECIMAL as doubles
            w.append("CAST(? AS DECIMAL(65, 30))");
        } else {
            w.append('?');
        }
    }

    @Override
    protected char quoteChar() {
        return '`';
    }

    @Override
    protected void limitOffset(Long limit, Long offset) {
        w.append(" LIMIT ").append(limit != null ? Long.toString(limit) : ALL_ROWS);
        if (offset != null) {
            w.append(" OFFSET ").append(offset);
        }
    }

    @Override
    protected void insertDefaultValues() {
        w.append(" () VALUES ()");
    }

    @Override
    protected void nullSafeEquals(Expr a, Expr b, boolean negated) {
        if (negated) {
            w.append("NOT (");
        }
        infix(a, " <=> ", b);
        if (negated) {
            w.append(')');
        }
    }

    @Override
    protected void divide(Binary e) {
        ColumnType t = e.type();
        // MySQL's / on integers yields a decimal; DIV truncates toward zero as Java does
        infix(e.left(), t != null && t.isInteger() ? " DIV " : " / ", e.right());
    }

    @Override
    protected void concat(Binary e) {
        w.append("CONCAT(");
        concatArgs(e);
        w.append(')');
    }

    private void concatArgs(Binary e) {
        concatArg(e.left());
        w.append(", ");
        concatArg(e.right());
    }

    private void concatArg(Expr x) {
        if (x instanceof Binary b && b.op() == BinaryOp.CONCAT) {
            concatArgs(b); // CONCAT(a, b, c) rather than nested calls
        } else if (nullable(x)) {
            w.append("COALESCE(");
            expr(x);
            w.append(", 'null')");
        } else {
            expr(x);
        }
    }

    @Override
    protected void inSubquerySelect(StatementWriter writer, Select sub) {
        if (sub.limit() == null && sub.offset() == null) {
            writer.select(sub);
            return;
        }
        // MariaDB refuses LIMIT in an IN subquery but not in a derived table inside it
        w.append("SELECT * FROM (");
        writer.select(sub);
        w.append(") AS ");
        identifier("limited");
    }

    @Override
    protected String charLength() {
        return "CHAR_LENGTH"; // LENGTH counts bytes on MySQL
    }

    @Override
    protected void average(Call e) {
        w.append("CAST(AVG(");
        expr(e.args().get(0));
        w.append(") AS DOUBLE)");
    }

    @Override
    protected String likeEscape() {
        return ""; // backslash is MySQL's default LIKE escape (and '\' would need escaping itself)
    }
}
