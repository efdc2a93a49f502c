package io.kakaorm.vertx.internal.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A small SQL scanner: enough to tell which column a placeholder belongs to, for {@link BindMasker}. */
final class SqlTokens {
    private SqlTokens() {}

    /** Words that are never column names: skipped when looking for a placeholder's column. */
    private static final Set<String> KEYWORDS = Set.of(
            "select",
            "from",
            "where",
            "and",
            "or",
            "not",
            "in",
            "like",
            "ilike",
            "escape",
            "between",
            "is",
            "null",
            "set",
            "values",
            "when",
            "then",
            "else",
            "case",
            "end",
            "as",
            "update",
            "insert",
            "into",
            "delete",
            "on",
            "by",
            "order",
            "group",
            "having",
            "exists",
            "cast",
            "collate",
            "binary",
            "distinct",
            "all",
            "any",
            "returning");
    /** Clause words after which a placeholder holds no column's value (page sizes). */
    private static final Set<String> STOPS = Set.of("limit", "offset", "fetch");

    private static final int LOOK_BACK = 16;

    /** A token: text lower-cased (identifiers unquoted); bindIndex for {@code $n} placeholders, else -1. */
    record Token(Kind kind, String text, int bindIndex) {
        boolean identifier() {
            return kind == Kind.QUOTED || kind == Kind.WORD && !KEYWORDS.contains(text) && !STOPS.contains(text);
        }

        boolean placeholder() {
            return kind == Kind.PLACEHOLDER;
        }

        boolean is(String s) {
            return (kind == Kind.PUNCT || kind == Kind.WORD) && text.equals(s);
        }
    }

    enum Kind {
        QUOTED,
        WORD,
        PLACEHOLDER,
        PUNCT,
        LITERAL
    }

    static List<Token> scan(String sql) {
        List<Token> out = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '`') {
                int end = closing(sql, i, c);
                out.add(new Token(
                        Kind.QUOTED,
                        sql.substring(i + 1, end).replace("" + c + c, "" + c).toLowerCase(Locale.ROOT),
                        -1));
                i = end + 1;
            } else if (c == '\'') {
                i = closing(sql, i, c) + 1;
                out.add(new Token(Kind.LITERAL, "'", -1));
            } else if (c == '?') {
                out.add(new Token(Kind.PLACEHOLDER, "?", -1));
                i++;
            } else if (c == '$' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && Character.isDigit(sql.charAt(j))) {
                    j++;
                }
                out.add(new Token(
                        Kind.PLACEHOLDER, sql.substring(i, j), Integer.parseInt(sql.substring(i + 1, j)) - 1));
                i = j;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
                    j++;
                }
                out.add(new Token(Kind.WORD, sql.substring(i, j).toLowerCase(Locale.ROOT), -1));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '.')) {
                    j++;
                }
                out.add(new Token(Kind.LITERAL, "0", -1));
                i = j;
            } else {
                out.add(new Token(Kind.PUNCT, String.valueOf(c), -1));
                i++;
            }
        }
        return out;
    }

    /** The index of the quote closing the one at {@code start} (a doubled quote is an escaped one). */
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return sql.length();
    }

    /**
     * The column whose value the placeholder at {@code at} is compared with or assigned to: the nearest
     * identifier before it that is not a function name; {@code ""} after LIMIT/OFFSET; {@code null} when
     * there is none nearby.
     */
    static String identifierBefore(List<Token> tokens, int at) {
        String after = comparedAfter(tokens, at);
        if (after != null) {
            return after;
        }
        for (int j = at - 1; j >= 0 && j >= at - LOOK_BACK; j--) {
            Token t = tokens.get(j);
            if (t.kind() == Kind.WORD && STOPS.contains(t.text())) {
                return "";
            }
            boolean function = t.kind() == Kind.WORD
                    && j + 1 < tokens.size()
                    && tokens.get(j + 1).is("(");
            if (t.identifier() && !function) {
                return t.text();
            }
        }
        return null;
    }

    /** The column in {@code ? = "col"} (a comparison written value first), or {@code null}. */
    private static String comparedAfter(List<Token> tokens, int at) {
        int j = at + 1;
        boolean operator = false;
        while (j < tokens.size()
                && tokens.get(j).kind() == Kind.PUNCT
                && "=<>!".contains(tokens.get(j).text())) {
            operator = true;
            j++;
        }
        if (!operator || j >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(j);
        boolean function = t.kind() == Kind.WORD
                && j + 1 < tokens.size()
                && tokens.get(j + 1).is("(");
        return t.identifier() && !function ? t.text() : null;
    }

    /** The column list of {@code INSERT INTO t (a, b) VALUES ...}, or {@code null} for any other statement. */
    static List<String> insertColumns(List<Token> tokens) {
        if (tokens.isEmpty() || !tokens.get(0).is("insert")) {
            return null;
        }
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("(")) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return null;
        }
        List<String> cols = new ArrayList<>();
        int i = open + 1;
        for (; i < tokens.size() && !tokens.get(i).is(")"); i++) {
            if (tokens.get(i).kind() == Kind.QUOTED || tokens.get(i).kind() == Kind.WORD) {
                cols.add(tokens.get(i).text());
            }
        }
        return i + 1 < tokens.size() && tokens.get(i + 1).is("values") ? cols : null;
    }

    /** The column of the placeholder at {@code at} by its position in its VALUES tuple, else as identifierBefore. */
    static String valuesColumn(List<Token> tokens, int at, List<String> columns) {
        int values = -1;
        for (int i = 0; i < at; i++) {
            if (tokens.get(i).is("values")) {
                values = i;
                break;
            }
        }
        if (values < 0) {
            return identifierBefore(tokens, at);
        }
        int depth = 0;
        int pos = 0;
        for (int i = values + 1; i < at; i++) {
            Token t = tokens.get(i);
            if (t.is("(")) {
                if (depth == 0) {
                    pos = 0;
                }
                depth++;
            } else if (t.is(")")) {
                depth--;
            } else if (t.is(",") && depth == 1) {
                pos++;
            } else if (depth == 0 && !t.is(",")) {
                return identifierBefore(tokens, at); // past the tuples (ON CONFLICT ..., ON DUPLICATE KEY ...)
            }
        }
        return depth >= 1 && pos < columns.size() ? columns.get(pos) : identifierBefore(tokens, at);
    }
}
