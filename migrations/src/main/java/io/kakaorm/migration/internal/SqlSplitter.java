package io.kakaorm.migration.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at semicolons that are outside string literals, quoted identifiers,
 * comments and PostgreSQL dollar quotes, keeping the line each statement starts on.
 */
public final class SqlSplitter {
    private SqlSplitter() {}

    /** The statements of {@code text}, whose first line is line {@code firstLine} of its file. */
    public static List<SqlStatement> split(String text, int firstLine) {
        List<SqlStatement> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int line = firstLine;
        int start = -1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? n : end; // the newline itself is handled below
                continue;
            }
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(text, i, end);
                i = end;
                continue;
            }
            if (c == ';') {
                add(out, cur, start);
                cur.setLength(0);
                start = -1;
                i++;
                continue;
            }
            int end = i + 1;
            if (c == '\'' || c == '"' || c == '`') {
                end = closing(text, i, String.valueOf(c));
            } else if (c == '$') {
                int tagEnd = text.indexOf('$', i + 1);
                if (tagEnd > 0 && text.substring(i + 1, tagEnd).matches("[A-Za-z_0-9]*")) {
                    String tag = text.substring(i, tagEnd + 1);
                    int close = text.indexOf(tag, tagEnd + 1);
                    end = close < 0 ? n : close + tag.length();
                }
            }
            if (start < 0 && !Character.isWhitespace(c)) {
                start = line;
            }
            if (start >= 0) {
                cur.append(text, i, end);
            }
            line += count(text, i, end);
            i = end;
        }
        add(out, cur, start);
        return out;
    }

    private static int closing(String text, int open, String quote) {
        int i = open + 1;
        while (i < text.length()) {
            if (text.startsWith(quote, i)) {
                if (text.startsWith(quote, i + 1)) {
                    i += 2; // doubled quote
                    continue;
                }
                return i + 1;
            }
            if (text.charAt(i) == '\\' && quote.equals("'")) {
                i += 2; // MySQL backslash escape; harmless elsewhere for well-formed files
                continue;
            }
            i++;
        }
        return text.length();
    }

    private static void add(List<SqlStatement> out, StringBuilder cur, int line) {
        String s = cur.toString().trim();
        if (!s.isEmpty()) {
            out.add(new SqlStatement(s, line));
        }
    }

    private static int count(String text, int from, int to) {
        int k = 0;
        for (int i = from; i < Math.min(to, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                k++;
            }
        }
        return k;
    }
}
