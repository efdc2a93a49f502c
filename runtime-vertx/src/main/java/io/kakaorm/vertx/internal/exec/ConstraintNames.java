package io.kakaorm.vertx.internal.exec;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the violated constraint out of a database's error message. The Vert.x clients and sqlite-jdbc
 * report it only in the text, each in its own wording; the first pattern that matches wins.
 */
final class ConstraintNames {
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("constraint \"([^\"]+)\""), // PostgreSQL
            Pattern.compile("null value in column \"([^\"]+)\""), // PostgreSQL NOT NULL
            Pattern.compile("CONSTRAINT `([^`]+)`"), // MariaDB/MySQL FK, CHECK
            Pattern.compile("for key '(?:[^'.]+\\.)?([^']+)'"), // MariaDB/MySQL UNIQUE
            Pattern.compile("Column '([^']+)' cannot be null"), // MariaDB/MySQL NOT NULL
            Pattern.compile("(?:UNIQUE|NOT NULL|CHECK) constraint failed: ([^)\\]]+)")); // SQLite

    private ConstraintNames() {}

    /** The constraint (or column) the message names, or {@code null}. */
    static String from(String message) {
        if (message == null) {
            return null;
        }
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(message);
            if (m.find()) {
                return m.group(1).trim();
            }
        }
        return null;
    }
}
