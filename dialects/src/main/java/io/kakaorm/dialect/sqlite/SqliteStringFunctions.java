package io.kakaorm.dialect.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * The {@code kakaorm_*} functions of the coverage issue: Java's {@code substring}, {@code charAt},
 * {@code indexOf}, {@code lastIndexOf}, {@code startsWith(prefix, offset)}, {@code repeat}, {@code replace},
 * {@code Math.floor}/{@code ceil} run as Java. Where Java throws, the function raises an SQL error naming
 * the exception, so that the query fails as the Java would. A result that would split a surrogate pair
 * fails too, as on the other databases (SQLite's UTF-8 text cannot hold half a character).
 */
final class SqliteStringFunctions {
    private SqliteStringFunctions() {}

    static void register(Connection c, int flags) throws SQLException {
        Function.create(
                c,
                "kakaorm_substring",
                new SqliteFunctions.Base() {
                    @Override
                    protected void xFunc() throws SQLException {
                        if (nullArg(0) || nullArg(1)) {
                            result();
                            return;
                        }
                        String s = text(0);
                        int b = value_int(1);
                        int e = nullArg(2) ? s.length() : value_int(2);
                        if (b < 0 || e > s.length() || b > e) {
                            error("java.lang.StringIndexOutOfBoundsException: begin " + b + ", end " + e + ", length "
                                    + s.length());
                            return;
                        }
                        resultWhole(s.substring(b, e));
                    }
                },
                3,
                flags);
        Function.create(
                c,
                "kakaorm_char_at",
                new SqliteFunctions.Base() {
                    @Override
                    protected void xFunc() throws SQLException {
                        if (nullArg(0) || nullArg(1)) {
                            result();
                            return;
                        }
                        String s = text(0);
                        int i = value_int(1);
                        if (i < 0 || i >= s.length()) {
                            error("java.lang.StringIndexOutOfBoundsException: index " + i + ", length " + s.length());
                            return;
                        }
                        result(s.charAt(i));
                    }
                },
                2,
                flags);
        Function.create(
                c,
                "kakaorm_index_of",
                new SqliteFunctions.Base() {
                    @Override
                    protected void xFunc() throws SQLException {
                        if (nullArg(0) || nullArg(1)) {
                            result();
                        } else {
                            result(text(0).indexOf(text(1)));
                        }
                    }
                },
                2,
                flags);
        Function.create(
                c,
                "kakaorm_last_index_of",
                new SqliteFunctions.Base() {
                    @Override
                    protected void xFunc() throws SQLException {
                        if (nullArg(0) || nullArg(1)) {
                            result();
                        } else {
                            result(text(0).lastIndexOf(text(1)));
                        }
                    }
                },
                2,
                flags);
        Function.create(
                c,
                "kakaorm_starts_with_at",
                new SqliteFunctions.Base() {
                    @Override
                    protected void xFunc() throws SQLException {
                        if (nullArg(0) || nullArg(1) || nullArg(2)) {
                            result();
                        } else {
                            result(text(0).startsWith(text(1), value_int(2)) ? 1 : 0);
                        }
                    }
                },
                3,
                flags);
        Function.create(
                c,
                "kakaorm_repeat",
                new SqliteFunctions.Base() {
                    @Override
                    protected void xFunc() throws SQLException {
                        if (nullArg(0) || nullArg(1)) {
                            result();
                        } else if (value_int(1) < 0) {
                            error("java.lang.IllegalArgumentException: count is negative: " + value_int(1));
                        } else {
                            result(text(0).repeat(value_int(1)));
                        }
                    }
                },
                2,
                flags);
        Function.create(
                c,
                "kakaorm_replace",
                new SqliteFunctions.Base() {
                    @Override
                    protected void xFunc() throws SQLException {
                        if (nullArg(0) || nullArg(1) || nullArg(2)) {
                            result(); // Java throws NullPointerException for a null target or replacement
                        } else if (text(1).isEmpty()) {
                            error("String.replace with an empty target is not translated (Java inserts the replacement"
                                    + " between UTF-16 units)");
                        } else {
                            result(text(0).replace(text(1), text(2)));
                        }
                    }
                },
                3,
                flags);
        Function.create(c, "kakaorm_floor", new Number(true), 1, flags);
        Function.create(c, "kakaorm_ceil", new Number(false), 1, flags);
    }

    /** {@code Math.floor} / {@code Math.ceil} of a REAL (or INTEGER), NULL in, NULL out. */
    private static final class Number extends Function {
        private final boolean floor;

        Number(boolean floor) {
            this.floor = floor;
        }

        @Override
        protected void xFunc() throws SQLException {
            if (value_type(0) == SqliteFunctions.SQLITE_NULL) {
                result();
            } else {
                double d = value_double(0);
                result(floor ? Math.floor(d) : Math.ceil(d));
            }
        }
    }
}
