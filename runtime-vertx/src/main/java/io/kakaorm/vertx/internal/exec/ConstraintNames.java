package io.kakaorm.vertx.internal.exec;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the violated constraint out of an error message by a database's own patterns
 * ({@link ServerErrors#constraintName}): the Vert.x clients and sqlite-jdbc report it only in the text, each in
 * its own wording.
 */
public final class ConstraintNames {
    private ConstraintNames() {}

    /** Group 1 of the first of {@code patterns} that {@code message} matches, trimmed; or {@code null}. */
    public static String first(String message, List<Pattern> patterns) {
        if (message == null) {
            return null;
        }
        for (Pattern p : patterns) {
            Matcher m = p.matcher(message);
            if (m.find()) {
                return m.group(1).trim();
            }
        }
        return null;
    }
}
