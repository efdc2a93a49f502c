package io.kakaorm.vertx.internal.replica;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which statements a read replica may run: a {@code SELECT} or {@code WITH … SELECT} that neither locks
 * rows nor writes. When in doubt the answer is no (the primary runs everything), so a word such as
 * {@code INTO} inside a string literal only costs a trip to the primary.
 */
final class ReadStatements {
    private static final Pattern LOCKS = Pattern.compile(
            "\\b(FOR\\s+(UPDATE|SHARE|NO\\s+KEY\\s+UPDATE|KEY\\s+SHARE)|LOCK\\s+IN\\s+SHARE\\s+MODE|INTO)\\b");
    private static final Pattern WRITES = Pattern.compile("\\b(INSERT|UPDATE|DELETE|MERGE)\\b");

    private ReadStatements() {}

    /** Whether {@code sql} only reads, so that a replica may run it. */
    static boolean isRead(String sql) {
        int i = start(sql);
        boolean select = sql.regionMatches(true, i, "SELECT", 0, 6);
        boolean with = sql.regionMatches(true, i, "WITH", 0, 4);
        int after = i + (select ? 6 : 4);
        if (!(select || with) || (after < sql.length() && Character.isLetterOrDigit(sql.charAt(after)))) {
            return false;
        }
        String upper = sql.toUpperCase(Locale.ROOT);
        return !LOCKS.matcher(upper).find() && !(with && WRITES.matcher(upper).find());
    }

    /** The index of the first keyword: after blanks, comments and opening parentheses. */
    private static int start(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                break;
            }
        }
        return i;
    }
}
