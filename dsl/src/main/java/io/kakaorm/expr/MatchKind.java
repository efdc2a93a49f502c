package io.kakaorm.expr;

/** What {@link StringMatch} tests. */
public enum MatchKind {
    /** {@code String.startsWith}. */
    PREFIX,
    /** {@code String.endsWith}. */
    SUFFIX,
    /** {@code String.contains}. */
    CONTAINS,
    /** {@code String.equalsIgnoreCase} (with {@code ignoreCase}). */
    EQUALS
}
