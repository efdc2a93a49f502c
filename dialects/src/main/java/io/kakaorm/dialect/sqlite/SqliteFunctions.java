package io.kakaorm.dialect.sqlite;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * Java's own string and {@code long} semantics as SQLite functions, for the lambda constructs that
 * SQLite's built-ins cannot express exactly (its text functions stop at U+0000, count code points rather
 * than UTF-16 units, fold only ASCII case, and turn an overflowing integer sum into a REAL). The SQLite
 * renderer ({@link SqliteCalls}) calls them by these names; the runtime registers them on every connection
 * it opens. Deterministic, NULL in NULL out.
 */
public final class SqliteFunctions {
    static final int SQLITE_NULL = 5;

    private SqliteFunctions() {}

    /**
     * Registers the functions on a sqlite-jdbc connection.
     *
     * @throws SQLException when sqlite-jdbc refuses one
     */
    public static void register(Connection c) throws SQLException {
        int flags = Function.FLAG_DETERMINISTIC;
        Function.create(
                c,
                "kakaorm_len16",
                new Text() {
                    @Override
                    void apply(String s) throws SQLException {
                        result(s.length());
                    }
                },
                1,
                flags);
        Function.create(
                c,
                "kakaorm_key16",
                new Text() {
                    @Override
                    void apply(String s) throws SQLException {
                        result(s.getBytes(
                                StandardCharsets.UTF_16BE)); // byte order of UTF-16BE = String.compareTo order
                    }
                },
                1,
                flags);
        Function.create(
                c,
                "kakaorm_code_points",
                new Text() {
                    @Override
                    void apply(String s) throws SQLException {
                        result(s.codePointCount(0, s.length()));
                    }
                },
                1,
                flags);
        Function.create(
                c,
                "kakaorm_trim",
                new Text() {
                    @Override
                    void apply(String s) throws SQLException {
                        result(s.trim());
                    }
                },
                1,
                flags);
        Function.create(
                c,
                "kakaorm_strip",
                new Text() {
                    @Override
                    void apply(String s) throws SQLException {
                        result(s.strip());
                    }
                },
                1,
                flags);
        Function.create(
                c,
                "kakaorm_strip_leading",
                new Text() {
                    @Override
                    void apply(String s) throws SQLException {
                        result(s.stripLeading());
                    }
                },
                1,
                flags);
        Function.create(
                c,
                "kakaorm_strip_trailing",
                new Text() {
                    @Override
                    void apply(String s) throws SQLException {
                        result(s.stripTrailing());
                    }
                },
                1,
                flags);
        Function.create(
                c,
                "kakaorm_equals_ignore_case",
                new Base() {
                    @Override
                    protected void xFunc() throws SQLException {
                        if (value_type(0) == SQLITE_NULL) {
                            result();
                        } else {
                            result(text(0).equalsIgnoreCase(value_type(1) == SQLITE_NULL ? null : text(1)) ? 1 : 0);
                        }
                    }
                },
                2,
                flags);
        SqliteStringFunctions.register(c, flags);
        SqliteDecimals.register(c, flags);
        Function.create(
                c,
                "kakaorm_double",
                new Arithmetic() {
                    @Override
                    void apply(String op) throws SQLException {
                        double a = value_double(1);
                        double b = value_double(2);
                        double r = switch (op) {
                            case "+" -> a + b;
                            case "-" -> a - b;
                            case "*" -> a * b;
                            case "/" -> a / b; // Java's: x / 0.0 is an infinity, not SQL's NULL
                            default -> Double.NaN;
                        };
                        if (Double.isNaN(r)) {
                            // SQLite stores NaN as NULL, which every comparison would read as UNKNOWN
                            error("the double " + a + " " + op + " " + b
                                    + " is NaN in Java, which SQLite cannot hold: the query fails rather than"
                                    + " compare a NULL");
                            return;
                        }
                        result(r);
                    }
                },
                3,
                flags);
        Function.create(
                c,
                "kakaorm_long",
                new Arithmetic() {
                    @Override
                    void apply(String op) throws SQLException {
                        long a = value_long(1);
                        long b = value_long(2);
                        switch (op) {
                            case "+" -> result(a + b);
                            case "-" -> result(a - b);
                            case "*" -> result(a * b);
                            case "/" -> {
                                if (b == 0) {
                                    result(); // Java throws; SQL division by zero is NULL
                                } else {
                                    result(a / b);
                                }
                            }
                            default -> error("kakaorm_long: unknown operator");
                        }
                    }
                },
                3,
                flags);
    }

    /** {@code f(op, a, b)}: NULL when an operand is NULL, else {@link #apply} with the operator's text. */
    abstract static class Arithmetic extends Base {
        @Override
        protected final void xFunc() throws SQLException {
            if (nullArg(1) || nullArg(2)) {
                result();
            } else {
                apply(text(0));
            }
        }

        abstract void apply(String op) throws SQLException;
    }

    /** A function reading its text arguments as bytes, so that a U+0000 does not end them. */
    abstract static class Base extends Function {
        boolean nullArg(int arg) throws SQLException {
            return value_type(arg) == SQLITE_NULL;
        }

        /** The text {@code s}, or an SQL error when it begins or ends with half of a surrogate pair. */
        void resultWhole(String s) throws SQLException {
            if (!s.isEmpty()
                    && (Character.isLowSurrogate(s.charAt(0)) || Character.isHighSurrogate(s.charAt(s.length() - 1)))) {
                error("the result splits a surrogate pair, which text cannot hold");
            } else {
                result(s);
            }
        }

        String text(int arg) throws SQLException {
            byte[] b = value_blob(arg);
            return b == null ? "" : new String(b, StandardCharsets.UTF_8);
        }
    }

    /** A one-argument text function; NULL in, NULL out. */
    abstract static class Text extends Base {
        @Override
        protected void xFunc() throws SQLException {
            if (value_type(0) == SQLITE_NULL) {
                result();
            } else {
                apply(text(0));
            }
        }

        abstract void apply(String s) throws SQLException;
    }
}
