package io.kakaorm.dialect.postgres;

import io.kakaorm.expr.Call;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Literal;

/**
 * Java's UTF-16 string methods in PostgreSQL ({@code substring}, {@code charAt}, {@code indexOf},
 * {@code lastIndexOf}, {@code startsWith(prefix, offset)}, {@code repeat}, {@code replace}). PostgreSQL
 * counts code points; Java counts UTF-16 units. Each supplementary character is written twice
 * ({@code REGEXP_REPLACE(s, '(X)', '\1\1')}, the <em>unit image</em> of {@code s}), so that positions in
 * the image are UTF-16 indices; a position is the second half of a pair when the image before it holds
 * an odd number of supplementary characters. Where Java throws, the SQL casts a message to integer, which
 * fails the query with that message (the message reads row values, so it is never folded at plan time).
 */
final class PostgresStrings {
    private static final String SUPP = "[\\U00010000-\\U0010FFFF]";

    private PostgresStrings() {}

    /** A piece of SQL. */
    private interface Sql {
        void write();
    }

    static boolean render(PostgresRenderer r, Call e) {
        Sql a0 = e.args().isEmpty() ? null : arg(r, e, 0);
        switch (e.function()) {
            case SUBSTRING16 ->
                substring(
                        r,
                        a0,
                        index(r, e, 1),
                        e.args().get(2) instanceof Literal l && l.value() == null ? len16(r, a0) : index(r, e, 2));
            case CHAR_AT -> charAt(r, a0, index(r, e, 1));
            case INDEX_OF -> indexOf(r, a0, arg(r, e, 1));
            case LAST_INDEX_OF -> lastIndexOf(r, a0, arg(r, e, 1));
            case STARTS_WITH_AT -> startsWithAt(r, a0, arg(r, e, 1), index(r, e, 2));
            case REPEAT -> {
                Sql n = index(r, e, 1);
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
            case BIT_AND -> infix(r, a0, " & ", arg(r, e, 1));
            case BIT_OR -> infix(r, a0, " | ", arg(r, e, 1));
            case BIT_XOR -> infix(r, a0, " # ", arg(r, e, 1));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static Sql arg(PostgresRenderer r, Call e, int i) {
        Expr x = e.args().get(i);
        return () -> r.sub(x);
    }

    /** An int argument: Java ints computed in 64 bits come back as bigint, which SUBSTRING/LEFT do not take. */
    private static Sql index(PostgresRenderer r, Call e, int i) {
        Expr x = e.args().get(i);
        return () -> {
            r.text("CAST(");
            r.sub(x);
            r.text(" AS INTEGER)");
        };
    }

    private static void fn(PostgresRenderer r, String name, Sql x) {
        r.text(name + "(");
        x.write();
        r.text(")");
    }

    private static void infix(PostgresRenderer r, Sql a, String op, Sql b) {
        r.text("(");
        a.write();
        r.text(op);
        b.write();
        r.text(")");
    }

    /** The unit image: every supplementary character twice. */
    private static Sql image(PostgresRenderer r, Sql s) {
        return () -> {
            r.text("REGEXP_REPLACE(");
            s.write();
            r.text(", '(" + SUPP + ")', '\\1\\1', 'g')");
        };
    }

    /** Java's {@code length()}: the length of the unit image. */
    private static Sql len16(PostgresRenderer r, Sql s) {
        return () -> fn(r, "CHAR_LENGTH", image(r, s));
    }

    /** Whether UTF-16 index {@code p} (0 ≤ p ≤ length) of the image falls inside a surrogate pair. */
    private static void splits(PostgresRenderer r, Sql image, Sql p) {
        r.text("(CHAR_LENGTH(REGEXP_REPLACE(LEFT(");
        image.write();
        r.text(", ");
        p.write();
        r.text("), '[^" + SUPP.substring(1) + "', '', 'g')) % 2 = 1)");
    }

    /**
     * An expression that fails the query with {@code message} followed by the values {@code parts} (as text,
     * so that it depends on the row); of type text when {@code text}, else integer.
     */
    private static void fail(PostgresRenderer r, boolean text, String message, Sql... parts) {
        r.text(text ? "CAST(CAST(('" : "CAST(('");
        r.text(message.replace("'", "''") + "'");
        for (Sql p : parts) {
            r.text(" || ' ' || CAST(");
            p.write();
            r.text(" AS TEXT)");
        }
        r.text(text ? ") AS INTEGER) AS TEXT)" : ") AS INTEGER)");
    }

    private static void substring(PostgresRenderer r, Sql s, Sql b, Sql e) {
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
        r.text(" FROM ");
        b.write();
        r.text(" + 1 FOR ");
        e.write();
        r.text(" - ");
        b.write();
        r.text("), '(" + SUPP + ")\\1', '\\1', 'g') END");
    }

    private static void charAt(PostgresRenderer r, Sql s, Sql i) {
        Sql image = image(r, s);
        Sql len = len16(r, s);
        Sql cp = () -> {
            r.text("ASCII(SUBSTRING(");
            image.write();
            r.text(" FROM ");
            i.write();
            r.text(" + 1 FOR 1))");
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
        r.text(" - 65536) / 1024 END");
    }

    /** The UTF-16 length of the first {@code n} code points of {@code s}. */
    private static void prefix16(PostgresRenderer r, Sql s, Sql n) {
        len16(r, () -> {
                    r.text("LEFT(");
                    s.write();
                    r.text(", ");
                    n.write();
                    r.text(")");
                })
                .write();
    }

    private static void indexOf(PostgresRenderer r, Sql s, Sql t) {
        Sql pos = () -> {
            r.text("STRPOS(");
            s.write();
            r.text(", ");
            t.write();
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

    private static void lastIndexOf(PostgresRenderer r, Sql s, Sql t) {
        Sql pos = () -> {
            r.text("STRPOS(REVERSE(");
            s.write();
            r.text("), REVERSE(");
            t.write();
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

    private static void startsWithAt(PostgresRenderer r, Sql s, Sql p, Sql off) {
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
        r.text(" FROM ");
        off.write();
        r.text(" + 1 FOR ");
        len16(r, p).write();
        r.text(") = ");
        image(r, p).write();
        r.text(" END");
    }
}
