package io.kakaorm.dialect.sql;

/**
 * The character sets and orderings of Java's {@code String} methods, for the dialects: what
 * {@code trim()} removes (U+0000–U+0020), what {@code strip()} removes ({@code Character.isWhitespace}),
 * and a text whose code-point order is {@code compareTo}'s UTF-16 order.
 */
public final class JavaText {
    /** {@code Character.isWhitespace} over all of Unicode (it is the same in Java 17 and 25). */
    public static final String WHITESPACE = whitespace();

    private JavaText() {}

    private static String whitespace() {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isWhitespace(c)) {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    /** The characters {@code trim()} removes, from {@code from} (1 where U+0000 cannot be stored) to U+0020. */
    public static String trimmed(char from) {
        StringBuilder sb = new StringBuilder();
        for (char c = from; c <= ' '; c++) {
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * {@code s} rewritten so that code-point order is UTF-16 order: U+E000–U+FFFF move above the
     * supplementary planes (each becomes U+10FFFF followed by itself) and U+10FFFF becomes U+10FFFF U+0001,
     * which keeps the images prefix-free. PostgreSQL's renderer writes the same rewrite in SQL.
     */
    public static String utf16Ordered(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == Character.MAX_CODE_POINT) {
                sb.appendCodePoint(cp).append('\u0001');
            } else if (cp >= 0xE000 && cp <= 0xFFFF) {
                sb.appendCodePoint(Character.MAX_CODE_POINT).append((char) cp);
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
