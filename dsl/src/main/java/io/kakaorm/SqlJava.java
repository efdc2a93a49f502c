package io.kakaorm;

import java.util.regex.Pattern;

/** The plain-Java meaning of the {@link Sql} operators. */
final class SqlJava {
    private SqlJava() {}

    static boolean like(String value, String pattern, boolean ignoreCase) {
        if (value == null || pattern == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        int flags = Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        return Pattern.compile(regex.toString(), flags).matcher(value).matches();
    }

    static boolean in(Object value, Object[] values) {
        if (value == null) {
            return false;
        }
        for (Object v : values) {
            if (value.equals(v)) {
                return true;
            }
        }
        return false;
    }

    static IllegalStateException onlyInQuery(String call) {
        return new IllegalStateException(call + " only means something inside a query lambda "
                + "(where, select, orderBy, …): KakaORM translates it to SQL; it cannot run in plain Java");
    }
}
