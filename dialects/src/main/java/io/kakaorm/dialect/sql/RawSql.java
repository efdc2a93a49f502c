package io.kakaorm.dialect.sql;

/**
 * Rewrites the {@code ?} placeholders of hand-written SQL into numbered ones ({@code $1, $2, …}),
 * leaving alone a {@code ?} inside a string literal ({@code '…'}, {@code E'…'} with backslash escapes,
 * {@code $tag$…$tag$}), a quoted identifier ({@code "…"}) or a comment ({@code --}, nested {@code /* *\/}).
 */
public final class RawSql {
    private RawSql() {}

    /** {@code sql} with each {@code ?} outside quotes and comments replaced by {@code prefix + n}. */
    public static String numbered(String sql, String prefix) {
        return scan(sql, prefix, false, new int[1]);
    }

    /**
     * How many {@code ?} placeholders {@code sql} has outside quotes and comments.
     *
     * @param backslashEscapes whether a backslash escapes the next character in every {@code '…'} string
     *                         (MySQL/MariaDB by default), not only in PostgreSQL's {@code E'…'}
     */
    public static int count(String sql, boolean backslashEscapes) {
        int[] n = new int[1];
        scan(sql, null, backslashEscapes, n);
        return n[0];
    }

    private static String scan(String sql, String prefix, boolean allBackslash, int[] count) {
        StringBuilder out = new StringBuilder(sql.length() + 16);
        int n = 0;
        int i = 0;
        int len = sql.length();
        while (i < len) {
            char c = sql.charAt(i);
            int end;
            if (c == '\'') {
                boolean backslash = allBackslash
                        || i > 0
                                && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                                && (i == 1
                                        || !Character.isLetterOrDigit(sql.charAt(i - 2)) && sql.charAt(i - 2) != '_');
                end = quoted(sql, i, '\'', backslash);
            } else if (c == '"') {
                end = quoted(sql, i, '"', allBackslash);
            } else if (c == '`' && allBackslash) {
                end = quoted(sql, i, '`', false);
            } else if (c == '-' && i + 1 < len && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                end = nl < 0 ? len : nl + 1;
            } else if (c == '/' && i + 1 < len && sql.charAt(i + 1) == '*') {
                end = blockComment(sql, i);
            } else if (c == '$' && (end = dollarQuoted(sql, i)) > i) {
                // a $tag$ … $tag$ string: end is set
            } else if (c == '?') {
                count[0]++;
                out.append(prefix).append(++n);
                i++;
                continue;
            } else {
                end = i + 1;
            }
            out.append(sql, i, end);
            i = end;
        }
        return out.toString();
    }

    private static int quoted(String sql, int start, char q, boolean backslash) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslash && c == '\\') {
                i += 2;
            } else if (c == q) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == q) {
                    i += 2; // doubled quote
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static int blockComment(String sql, int start) {
        int depth = 0;
        int i = start;
        while (i < sql.length() - 1) {
            if (sql.charAt(i) == '/' && sql.charAt(i + 1) == '*') {
                depth++;
                i += 2;
            } else if (sql.charAt(i) == '*' && sql.charAt(i + 1) == '/') {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** The end of a dollar-quoted string starting at {@code start}, or {@code start} when it is not one. */
    private static int dollarQuoted(String sql, int start) {
        if (start > 0 && (Character.isLetterOrDigit(sql.charAt(start - 1)) || sql.charAt(start - 1) == '_')) {
            return start; // part of an identifier such as a$b
        }
        int j = start + 1;
        while (j < sql.length()
                && (Character.isLetter(sql.charAt(j))
                        || sql.charAt(j) == '_'
                        || j > start + 1 && Character.isDigit(sql.charAt(j)))) {
            j++;
        }
        if (j >= sql.length() || sql.charAt(j) != '$') {
            return start; // $1 or a lone $
        }
        String tag = sql.substring(start, j + 1);
        int close = sql.indexOf(tag, j + 1);
        return close < 0 ? sql.length() : close + tag.length();
    }
}
