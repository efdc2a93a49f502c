package io.kakaorm.migration.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normal forms shared by the databases: DEFAULT expressions, CHECK expressions and the parts of a type
 * name. Each database's rules call these and map its own synonyms.
 */
public final class Canonical {
    private static final Pattern CAST =
            Pattern.compile("::\\s*\"?[a-z_][a-z0-9_ \"]*(\\([0-9, ]*\\))?(\\[\\])?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATETIME =
            Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)[T ](\\d\\d:\\d\\d)(:\\d\\d)?(\\.\\d*)?");
    private static final Pattern TIME = Pattern.compile("(\\d\\d:\\d\\d)(:\\d\\d)?(\\.\\d*)?");
    private static final Pattern TYPE = Pattern.compile("^([a-z0-9_ ]+?)\\s*(?:\\(([0-9, ]+)\\)\\s*([a-z ]*))?$");

    private Canonical() {}

    /** A DEFAULT as comparable text: casts, parentheses and quotes removed; numbers, booleans and timestamps in one form. */
    public static String defaultValue(String sql) {
        if (sql == null) {
            return null;
        }
        String s = sql.trim();
        if (s.isEmpty() || s.equalsIgnoreCase("null")) {
            return null;
        }
        while (true) {
            String before = s;
            Matcher m = CAST.matcher(s);
            if (m.find() && m.start() > s.lastIndexOf('\'')) {
                s = s.substring(0, m.start()).trim();
            }
            if (s.startsWith("(") && s.endsWith(")") && balanced(s.substring(1, s.length() - 1))) {
                s = s.substring(1, s.length() - 1).trim();
            }
            if (s.equals(before)) {
                break;
            }
        }
        if (s.equalsIgnoreCase("null")) {
            return null;
        }
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            s = s.substring(1, s.length() - 1).replace("''", "'");
        }
        if (s.equalsIgnoreCase("true")) {
            return "1";
        }
        if (s.equalsIgnoreCase("false")) {
            return "0";
        }
        try {
            BigDecimal d = new BigDecimal(s.trim());
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notNumber) {
            // not a number
        }
        Matcher dt = DATETIME.matcher(s);
        if (dt.matches()) {
            String frac = dt.group(4) == null ? "" : dt.group(4).replaceAll("0+$", "");
            return dt.group(1) + " " + dt.group(2) + (dt.group(3) == null ? ":00" : dt.group(3))
                    + (frac.equals(".") ? "" : frac);
        }
        Matcher tm = TIME.matcher(s);
        if (tm.matches()) {
            String frac = tm.group(3) == null ? "" : tm.group(3).replaceAll("0+$", "");
            return tm.group(1) + (tm.group(2) == null ? ":00" : tm.group(2)) + (frac.equals(".") ? "" : frac);
        }
        return s;
    }

    /** A MySQL string literal ({@code 'it\\'s'}, backslash escapes) as a standard one ({@code 'it''s'}). */
    public static String unescapeMySql(String sql) {
        if (sql == null || sql.length() < 2 || !sql.startsWith("'") || !sql.endsWith("'")) {
            return sql;
        }
        StringBuilder b = new StringBuilder();
        String body = sql.substring(1, sql.length() - 1);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char n = body.charAt(++i);
                b.append(
                        switch (n) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            case '0' -> '\0';
                            default -> n;
                        });
            } else if (c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
                b.append('\'');
                i++;
            } else {
                b.append(c);
            }
        }
        return "'" + b.toString().replace("'", "''") + "'";
    }

    /** A CHECK expression as comparable text: lower case, no quotes around names, no casts, parentheses or spaces. */
    public static String check(String expression) {
        String s = expression.trim();
        if (s.regionMatches(true, 0, "CHECK", 0, 5)) {
            s = s.substring(5);
        }
        s = s.replaceAll("::\\s*[a-zA-Z_][a-zA-Z0-9_ ]*(\\([0-9, ]*\\))?", "");
        return s.replace("\"", "")
                .replace("`", "")
                .replace("(", "")
                .replace(")", "")
                .replaceAll("\\s+", "")
                .toLowerCase(Locale.ROOT);
    }

    /** A type name split into lower-case words, arguments (or {@code null}) and trailing words. */
    public static String[] typeParts(String type) {
        String t = type.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher m = TYPE.matcher(t);
        if (!m.matches()) {
            return new String[] {t, null, ""};
        }
        String args = m.group(2) == null ? null : m.group(2).replace(" ", "");
        return new String[] {
            m.group(1).trim(), args, m.group(3) == null ? "" : m.group(3).trim()
        };
    }

    private static boolean balanced(String s) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
