package io.kakaorm.dialect.sql;

/**
 * Whether hand-written SQL only reads: its first word is {@code SELECT} and no {@code RETURNING} or
 * {@code INTO} appears outside string literals, quoted identifiers and comments. Statements the dialect
 * renders carry this in {@link io.kakaorm.dialect.CompiledSql#readOnly()} and are never scanned; this is
 * for raw SQL only, scanned once when it is compiled.
 */
public final class ReadOnlySql {
    private ReadOnlySql() {}

    /** {@code true} for a plain SELECT; {@code false} for anything else or when unsure. */
    public static boolean isPlainSelect(String sql) {
        int i = 0;
        int len = sql.length();
        boolean first = true;
        while (i < len) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int close = sql.indexOf(c, i + 1);
                i = close < 0 ? len : close + 1; // a doubled quote reads as two adjacent literals: same skip
            } else if (c == '-' && i + 1 < len && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? len : nl + 1;
            } else if (c == '/' && i + 1 < len && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? len : close + 2;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < len && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
                    i++;
                }
                int n = i - start;
                if (first) {
                    if (n != 6 || !sql.regionMatches(true, start, "SELECT", 0, 6)) {
                        return false;
                    }
                    first = false;
                } else if ((n == 9 && sql.regionMatches(true, start, "RETURNING", 0, 9))
                        || (n == 4 && sql.regionMatches(true, start, "INTO", 0, 4))) {
                    return false;
                }
            } else {
                i++;
            }
        }
        return !first;
    }
}
