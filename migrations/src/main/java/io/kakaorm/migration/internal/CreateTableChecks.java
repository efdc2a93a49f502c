package io.kakaorm.migration.internal;

import io.kakaorm.dialect.ddl.CheckDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the CHECK constraints in a CREATE TABLE statement: SQLite has no catalog of them, and MariaDB's {@code SHOW
 * CREATE TABLE} is the only view of a temporary table's checks.
 */
public final class CreateTableChecks {
    private CreateTableChecks() {}

    /** The CHECK constraints of {@code createTable}, with their names where the statement gives them. */
    public static List<CheckDef> of(String createTable) {
        List<CheckDef> out = new ArrayList<>();
        if (createTable == null) {
            return out;
        }
        String s = createTable;
        String lastWord = null;
        String constraintName = null;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int end = s.indexOf(close, i + 1);
                while (end > 0 && end + 1 < s.length() && s.charAt(end + 1) == close && close != ']') {
                    end = s.indexOf(close, end + 2);
                }
                end = end < 0 ? s.length() - 1 : end;
                String word = s.substring(i + 1, end);
                if ("CONSTRAINT".equalsIgnoreCase(lastWord)) {
                    constraintName = word;
                }
                lastWord = word;
                i = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
                String word = s.substring(i, j);
                if (word.equalsIgnoreCase("CHECK")) {
                    int open = s.indexOf('(', j);
                    int close = matching(s, open);
                    out.add(new CheckDef(
                            constraintName, s.substring(open + 1, close).trim()));
                    constraintName = null;
                    i = close + 1;
                    lastWord = null;
                    continue;
                }
                if ("CONSTRAINT".equalsIgnoreCase(lastWord)) {
                    constraintName = word;
                }
                lastWord = word;
                i = j;
            } else {
                if (c == ',') {
                    constraintName = null;
                }
                i++;
            }
        }
        return out;
    }

    private static int matching(String s, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return s.length() - 1;
    }
}
