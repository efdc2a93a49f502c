package io.kakaorm;

/** The ON DELETE action of a {@link ForeignKey}. */
public enum OnDelete {
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    RESTRICT("RESTRICT"),
    NO_ACTION("NO ACTION");

    private final String sql;

    OnDelete(String sql) {
        this.sql = sql;
    }

    /** The SQL words of this action, e.g. {@code SET NULL}. */
    public String sql() {
        return sql;
    }
}
