package io.kakaorm.migration.internal;

/**
 * One statement of a migration and the line of the file it starts on.
 *
 * @param sql  the statement, without its terminating semicolon
 * @param line the 1-based line in its file (its position in the list for plans)
 */
public record SqlStatement(String sql, int line) {}
