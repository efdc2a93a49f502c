package io.kakaorm.dialect.sql;

import io.kakaorm.expr.MatchKind;

/** Patterns built from Java needles: LIKE with {@code \} escapes, and SQLite GLOB. */
public final class LikePatterns {
    private LikePatterns() {}

    /** The LIKE pattern (escape {@code \}) matching what {@code kind} tests for the plain text {@code needle}. */
    public static String like(String needle, MatchKind kind) {
        StringBuilder b = new StringBuilder(needle.length() + 4);
        if (kind == MatchKind.SUFFIX || kind == MatchKind.CONTAINS) {
            b.append('%');
        }
        for (int i = 0; i < needle.length(); i++) {
            char c = needle.charAt(i);
            if (c == '%' || c == '_' || c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
        if (kind == MatchKind.PREFIX || kind == MatchKind.CONTAINS) {
            b.append('%');
        }
        return b.toString();
    }

    /** The GLOB pattern (case-sensitive) matching what {@code kind} tests for the plain text {@code needle}. */
    public static String glob(String needle, MatchKind kind) {
        StringBuilder b = new StringBuilder(needle.length() + 4);
        if (kind == MatchKind.SUFFIX || kind == MatchKind.CONTAINS) {
            b.append('*');
        }
        for (int i = 0; i < needle.length(); i++) {
            globLiteral(b, needle.charAt(i));
        }
        if (kind == MatchKind.PREFIX || kind == MatchKind.CONTAINS) {
            b.append('*');
        }
        return b.toString();
    }

    /** A LIKE pattern ({@code % _}, {@code \} escapes) rewritten as the equivalent GLOB pattern. */
    public static String likeToGlob(String like) {
        StringBuilder b = new StringBuilder(like.length() + 4);
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length()) {
                globLiteral(b, like.charAt(++i));
            } else if (c == '%') {
                b.append('*');
            } else if (c == '_') {
                b.append('?');
            } else {
                globLiteral(b, c);
            }
        }
        return b.toString();
    }

    private static void globLiteral(StringBuilder b, char c) {
        if (c == '*' || c == '?' || c == '[') {
            b.append('[').append(c).append(']');
        } else {
            b.append(c);
        }
    }
}
