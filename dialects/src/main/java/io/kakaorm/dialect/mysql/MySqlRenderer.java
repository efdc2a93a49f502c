package io.kakaorm.dialect.mysql;

import io.kakaorm.dialect.sql.CaseFolding;
import io.kakaorm.dialect.sql.InCollections;
import io.kakaorm.dialect.sql.SqlRenderer;
import io.kakaorm.dialect.sql.SqlTypes;
import io.kakaorm.dialect.sql.SqlWriter;
import io.kakaorm.dialect.sql.StatementWriter;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Param;
import io.kakaorm.expr.Window;
import io.kakaorm.expr.WindowFunction;
import io.kakaorm.query.Select;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * MySQL/MariaDB: backquoted names, {@code DIV} for integer division, {@code CONCAT()}, {@code <=>},
 * {@code CHAR_LENGTH}, no RETURNING. Case-sensitive string comparison comes from the tables' binary
 * collation ({@link MySqlDdl}), which wins over the connection's for every column operand; a concatenation
 * or a CASE of strings is given the same collation ({@code CONCAT(…) COLLATE utf8mb4_nopad_bin}), so that
 * text built without a column ({@code CONCAT(?, 'false') LIKE '%ß%'}, {@code Boolean.toString(b)}) does not
 * fall back to the connection's case- and accent-insensitive one (where {@code ß = s}).
 */
final class MySqlRenderer extends SqlRenderer {
    /** MySQL has no OFFSET without LIMIT; this is its documented "all rows". */
    private static final String ALL_ROWS = "18446744073709551615";

    private final String collation;

    MySqlRenderer(SqlWriter writer, Object[] params, int offset, SqlTypes types, String collation) {
        super(writer, params, offset, types);
        this.collation = collation;
    }

    @Override
    public String dialectName() {
        return MySqlDialect.NAME;
    }

    @Override
    protected SqlRenderer nested(int absoluteOffset) {
        return new MySqlRenderer(w, paramsArray(), absoluteOffset, types, collation);
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

    /** A bound decimal is cast to its own digits: DECIMAL(65, 30) would round one with a longer fraction. */
    @Override
    public Void param(Param e) {
        if (e.type() == ColumnType.DECIMAL && value(e.slot()) instanceof BigDecimal) {
            MySqlDecimals.operand(this, e);
            return null;
        }
        return super.param(e);
    }

    @Override
    public Void caseWhen(CaseWhen e) {
        if (e.type() != ColumnType.STRING) {
            return super.caseWhen(e);
        }
        w.append('(');
        super.caseWhen(e);
        w.append(" COLLATE ").append(collation).append(')');
        return null;
    }

    @Override
    public boolean assignsInOrder() {
        return true; // SET a = a + 1, b = a gives b the new a on MySQL/MariaDB
    }

    @Override
    protected char quoteChar() {
        return MySqlDialect.QUOTE;
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
        w.append("(CONCAT(");
        concatArgs(e);
        w.append(") COLLATE ").append(collation).append(')');
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
            textOperand(x);
            w.append(", 'null')");
        } else {
            textOperand(x);
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

    @Override
    protected void stringOrderOperand(Expr e) {
        // the UTF-16 bytes (big-endian) compare as Java's compareTo compares code units
        w.append("CAST(CONVERT(");
        expr(e);
        w.append(" USING utf16) AS BINARY)");
    }

    @Override
    protected void equalsIgnoreCase(Expr value, String needle) {
        operand(value);
        w.append(" REGEXP ");
        bind(CaseFolding.regex(needle, cp -> String.format("\\x{%X}", cp), "(?-i)^", "\\z"), ColumnType.STRING);
    }

    @Override
    protected boolean javaCall(Call e) {
        return MySqlCalls.render(this, e);
    }

    // ---- access for MySqlCalls ----

    void text(String sql) {
        w.append(sql);
    }

    void sub(Expr e) {
        operand(e);
    }

    void bindText(String v) {
        bind(v, ColumnType.STRING);
    }

    /** The Java value of a parameter (recording that the text depends on it). */
    Object paramValue(Param p) {
        return value(p.slot());
    }

    /** Records a value-dependent decision of the text. */
    void decide(int decision) {
        w.decide(decision);
    }

    /** Binds a value with a bare placeholder. */
    void bindRaw(Object v) {
        w.append('?');
        w.addBind(types.toDb(v));
    }

    /**
     * MariaDB's LAG/LEAD take no default: the default is chosen when there is no row {@code offset} before
     * (after) the current one in its partition — counted with ROW_NUMBER in the window's order (reversed for
     * LEAD) — so that a NULL value of an
     * existing row stays NULL, as with the three-argument form.
     */
    @Override
    protected void lagLead(Window e) {
        if (e.args().size() < 3) {
            super.lagLead(e);
            return;
        }
        Expr offset = e.args().get(1);
        Window rowNumber =
                new Window(WindowFunction.ROW_NUMBER, List.of(), e.partitionBy(), e.orderBy(), ColumnType.LONG);
        w.append("CASE WHEN ");
        if (e.function() == WindowFunction.LAG) {
            expr(rowNumber);
        } else {
            // rows after this one: its number in the reversed order (COUNT(*) OVER () beside other windows
            // gives wrong results on MariaDB 10.11)
            List<Window.Key> reversed = new ArrayList<>();
            for (Window.Key k : e.orderBy()) {
                reversed.add(new Window.Key(k.expr(), !k.descending()));
            }
            expr(new Window(WindowFunction.ROW_NUMBER, List.of(), e.partitionBy(), reversed, ColumnType.LONG));
        }
        w.append(" > ");
        expr(offset);
        w.append(" THEN ");
        super.lagLead(new Window(e.function(), e.args().subList(0, 2), e.partitionBy(), e.orderBy(), e.type()));
        w.append(" ELSE ");
        expr(e.args().get(2));
        w.append(" END");
    }

    /** Strings up to this many stay {@code IN (?, …)}: MariaDB compares JSON_TABLE strings by a nested loop. */
    private static final int TEXT_IN_LIST = 1_000;

    /**
     * A long IN collection is one JSON array read by {@code JSON_TABLE}, one text for every length (strings:
     * past {@value #TEXT_IN_LIST}; MariaDB then compares each row with each string, so such a filter is slow
     * on a large table). Dates outside MariaDB's years 0–9999 are left out (no stored date equals them).
     */
    @Override
    protected Object collectionBind(List<Object> items, ColumnType type) {
        boolean text = type == ColumnType.STRING || type == ColumnType.ENUM || type == ColumnType.UUID;
        if (text && items.size() <= TEXT_IN_LIST) {
            return null; // MariaDB joins JSON_TABLE strings row by row (no materialisation): an IN list is faster
        }
        List<Object> values = InCollections.bindable(type) ? InCollections.normalise(items, type) : null;
        if (values == null) {
            return null;
        }
        if (type == ColumnType.LOCAL_DATE) {
            values.removeIf(d -> ((LocalDate) d).getYear() < 0 || ((LocalDate) d).getYear() > 9999);
        }
        return InCollections.json(values, Object::toString);
    }

    /** Strings are compared as their bytes ({@code CAST … AS BINARY}): exactly Java's equals, whatever the collations. */
    @Override
    protected void inCollection(Expr value, Object bind, ColumnType type) {
        boolean text = type == ColumnType.STRING || type == ColumnType.ENUM || type == ColumnType.UUID;
        operand(value);
        w.addBind(bind);
        w.append(text ? " IN (SELECT CAST(`v` AS BINARY)" : " IN (SELECT `v`")
                .append(" FROM JSON_TABLE(?, '$[*]' COLUMNS (`v` ")
                .append(text ? "LONGTEXT CHARACTER SET utf8mb4" : type == ColumnType.LOCAL_DATE ? "DATE" : "BIGINT")
                .append(" PATH '$')) AS `kk_in`)");
    }
}
