package io.kakaorm.vertx.internal.mysql;

/**
 * MariaDB fails a translated String call where Java throws (substring, charAt, repeat out of range) with a
 * scalar subquery of two rows, whose error ("Subquery returns more than 1 row") names nothing; the SQL holds
 * the Java exception and the lambda's source line ({@code [lambda at File.java:42] java.lang.…}), which this
 * adds to the message.
 */
final class JavaFailures {
    private static final String MARK = "(SELECT CONCAT('[lambda at ";

    private JavaFailures() {}

    static String explain(String message, String sql) {
        int at = sql.indexOf(MARK);
        if (at < 0) {
            return message;
        }
        int start = at + MARK.length();
        int end = sql.indexOf(']', start);
        int quote = sql.indexOf('\'', end);
        if (end < 0 || quote < 0) {
            return message;
        }
        String site = sql.substring(start, end);
        String what = sql.substring(end + 1, quote).trim();
        return message + ": the lambda at " + site + " would throw in Java for a row (" + what
                + "); guard the call with the condition Java needs";
    }
}
