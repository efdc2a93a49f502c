package io.kakaorm.dialect.mysql;

import io.kakaorm.expr.Call;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Literal;
import io.kakaorm.spi.CallSite;

/**
 * Java's UTF-16 string methods in MariaDB/MySQL ({@code substring}, {@code charAt}, {@code indexOf},
 * {@code lastIndexOf}, {@code startsWith(prefix, offset)}, {@code repeat}, {@code replace}). MariaDB
 * counts code points; Java counts UTF-16 units. Each supplementary character is written twice
 * ({@code REGEXP_REPLACE(s, '(X)', '\1\1')}, the <em>unit image</em> of {@code s}), so that positions in
 * the image are UTF-16 indices; a position is the second half of a pair when the image before it holds
 * an odd number of supplementary characters. Where Java throws, a correlated subquery that returns two rows
 * (its first row is the message) fails the query with "Subquery returns more than 1 row". Patterns are
 * bound (PCRE syntax); the table's binary collation makes LOCATE, REPLACE and {@code =} exact.
 */
final class MySqlStrings {
    private static final String SUPP = "[\\x{10000}-\\x{10FFFF}]";

    private MySqlStrings() {}

    /** A piece of SQL. */
    private interface Sql {
        void write();
    }

    static boolean render(MySqlRenderer r, Call e) {
        Sql a0 = e.args().isEmpty() ? null : arg(r, e, 0);
        switch (e.function()) {
            case SUBSTRING16 ->
                substring(
                        r,
                        a0,
                        arg(r, e, 1),
                        e.args().get(2) instanceof Literal l && l.value() == null ? len16(r, a0) : arg(r, e, 2));
            case CHAR_AT -> charAt(r, a0, arg(r, e, 1));
            case INDEX_OF -> indexOf(r, a0, arg(r, e, 1));
            case LAST_INDEX_OF -> lastIndexOf(r, a0, arg(r, e, 1));
            case STARTS_WITH_AT -> startsWithAt(r, a0, arg(r, e, 1), arg(r, e, 2));
            case REPEAT -> {
                Sql n = arg(r, e, 1);
                r.text("CASE WHEN ");
                n.write();
                r.text(" < 0 THEN ");
                fail(r, true, "java.lang.IllegalArgumentException: count is negative: ", n, a0);
                r.text(" ELSE REPEAT(");
                a0.write();
                r.text(", ");
                n.write();
                r.text(") END");
            }
            case REPLACE -> {
                Sql t = arg(r, e, 1);
                r.text("CASE WHEN CHAR_LENGTH(");
                t.write();
                r.text(") = 0 THEN ");
                fail(
                        r,
                        true,
                        "String.replace with an empty target is not translated (Java inserts the"
                                + " replacement between UTF-16 units)",
                        t,
                        a0);
                r.text(" ELSE REPLACE(");
                a0.write();
                r.text(", ");
                t.write();
                r.text(", ");
                arg(r, e, 2).write();
                r.text(") END");
            }
            case FLOOR -> fn(r, "FLOOR", a0);
            case CEIL -> fn(r, "CEIL", a0);
            case BIT_AND -> bits(r, a0, " & ", arg(r, e, 1));
            case BIT_OR -> bits(r, a0, " | ", arg(r, e, 1));
            case BIT_XOR -> bits(r, a0, " ^ ", arg(r, e, 1));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static Sql arg(MySqlRenderer r, Call e, int i) {
        Expr x = e.args().get(i);
        return () -> r.sub(x);
    }

    private static void fn(MySqlRenderer r, String name, Sql x) {
        r.text(name + "(");
        x.write();
        r.text(")");
    }

    /** MariaDB's bit operators give an unsigned 64-bit result: cast back to Java's signed value. */
    private static void bits(MySqlRenderer r, Sql a, String op, Sql b) {
        r.text("CAST(");
        a.write();
        r.text(op);
        b.write();
        r.text(" AS SIGNED)");
    }

    /** The unit image: every supplementary character twice. */
    private static Sql image(MySqlRenderer r, Sql s) {
        return () -> {
            r.text("REGEXP_REPLACE(");
            s.write();
            r.text(", ");
            r.bindText("(" + SUPP + ")");
            r.text(", ");
            r.bindText("\\1\\1");
            r.text(")");
        };
    }

    /** Java's {@code length()}: the length of the unit image. */
    private static Sql len16(MySqlRenderer r, Sql s) {
        return () -> fn(r, "CHAR_LENGTH", image(r, s));
    }

    /** Whether UTF-16 index {@code p} (0 ≤ p ≤ length) of the image falls inside a surrogate pair. */
    private static void splits(MySqlRenderer r, Sql image, Sql p) {
        r.text("(CHAR_LENGTH(REGEXP_REPLACE(LEFT(");
        image.write();
        r.text(", ");
        p.write();
        r.text("), ");
        r.bindText("[^" + SUPP.substring(1));
        r.text(", '')) % 2 = 1)");
    }

    /**
     * An expression that fails the query with {@code message} followed by the values {@code parts} (as text,
     * so that it depends on the row); of type text when {@code text}, else integer.
     */
    private static void fail(MySqlRenderer r, boolean text, String message, Sql... parts) {
        String site = CallSite.current();
        r.decide(site == null ? 0 : site.hashCode()); // the text names the site: one cached text per site
        if (site != null) {
            message = "[lambda at " + site + "] " + message; // read back by the runtime: MariaDB's error names no value
        }
        r.text(text ? "(SELECT CONCAT('" : "CAST((SELECT CONCAT('");
        r.text(message.replace("'", "''").replace("\\", "\\\\") + "'");
        for (Sql p : parts) {
            r.text(", ' ', ");
            p.write();
        }
        r.text(") UNION ALL SELECT NULL)" + (text ? "" : " AS SIGNED)"));
    }

    private static void substring(MySqlRenderer r, Sql s, Sql b, Sql e) {
        Sql image = image(r, s);
        Sql len = len16(r, s);
        r.text("CASE WHEN ");
        b.write();
        r.text(" < 0 OR ");
        e.write();
        r.text(" > ");
        len.write();
        r.text(" OR ");
        b.write();
        r.text(" > ");
        e.write();
        r.text(" THEN ");
        fail(r, true, "java.lang.StringIndexOutOfBoundsException: begin, end, length:", b, e, len);
        r.text(" WHEN ");
        splits(r, image, b);
        r.text(" OR ");
        splits(r, image, e);
        r.text(" THEN ");
        fail(r, true, "substring splits a surrogate pair, which text cannot hold: begin, end:", b, e, len);
        r.text(" ELSE REGEXP_REPLACE(SUBSTRING(");
        image.write();
        r.text(", ");
        b.write();
        r.text(" + 1, ");
        e.write();
        r.text(" - ");
        b.write();
        r.text("), ");
        r.bindText("(" + SUPP + ")\\1");
        r.text(", ");
        r.bindText("\\1");
        r.text(") END");
    }

    private static void charAt(MySqlRenderer r, Sql s, Sql i) {
        Sql image = image(r, s);
        Sql len = len16(r, s);
        Sql cp = () -> {
            r.text("ORD(CONVERT(SUBSTRING(");
            image.write();
            r.text(", ");
            i.write();
            r.text(" + 1, 1) USING utf32))");
        };
        r.text("CASE WHEN ");
        i.write();
        r.text(" < 0 OR ");
        i.write();
        r.text(" >= ");
        len.write();
        r.text(" THEN ");
        fail(r, false, "java.lang.StringIndexOutOfBoundsException: index, length:", i, len);
        r.text(" WHEN ");
        cp.write();
        r.text(" < 65536 THEN ");
        cp.write();
        r.text(" WHEN ");
        splits(r, image, i);
        r.text(" THEN 56320 + (");
        cp.write();
        r.text(" - 65536) % 1024 ELSE 55296 + (");
        cp.write();
        r.text(" - 65536) DIV 1024 END");
    }

    /** The UTF-16 length of the first {@code n} code points of {@code s}. */
    private static void prefix16(MySqlRenderer r, Sql s, Sql n) {
        len16(r, () -> {
                    r.text("LEFT(");
                    s.write();
                    r.text(", ");
                    n.write();
                    r.text(")");
                })
                .write();
    }

    private static void indexOf(MySqlRenderer r, Sql s, Sql t) {
        Sql pos = () -> {
            r.text("LOCATE(");
            t.write();
            r.text(", ");
            s.write();
            r.text(")");
        };
        r.text("CASE WHEN ");
        pos.write();
        r.text(" = 0 THEN -1 ELSE ");
        prefix16(r, s, () -> {
            pos.write();
            r.text(" - 1");
        });
        r.text(" END");
    }

    private static void lastIndexOf(MySqlRenderer r, Sql s, Sql t) {
        Sql pos = () -> {
            r.text("LOCATE(REVERSE(");
            t.write();
            r.text("), REVERSE(");
            s.write();
            r.text("))");
        };
        r.text("CASE WHEN ");
        pos.write();
        r.text(" = 0 THEN -1 ELSE ");
        prefix16(r, s, () -> {
            r.text("CHAR_LENGTH(");
            s.write();
            r.text(") - CHAR_LENGTH(");
            t.write();
            r.text(") - ");
            pos.write();
            r.text(" + 1");
        });
        r.text(" END");
    }

    private static void startsWithAt(MySqlRenderer r, Sql s, Sql p, Sql off) {
        Sql image = image(r, s);
        r.text("CASE WHEN ");
        off.write();
        r.text(" < 0 OR ");
        off.write();
        r.text(" > ");
        len16(r, s).write();
        r.text(" - ");
        len16(r, p).write();
        r.text(" THEN FALSE WHEN CHAR_LENGTH(");
        p.write();
        r.text(") > 0 AND ");
        splits(r, image, off);
        r.text(" THEN FALSE ELSE SUBSTRING(");
        image.write();
        r.text(", ");
        off.write();
        r.text(" + 1, ");
        len16(r, p).write();
        r.text(") = ");
        image(r, p).write();
        r.text(" END");
    }
}
