package io.kakaorm.query;

/** The kind of a {@link Join}. */
public enum JoinKind {
    /** Only pairs that match. */
    INNER,
    /** Every row of the tables before, the joined model's columns NULL where nothing matches. */
    LEFT,
    /** Every row of the joined model, the columns of the tables before NULL where nothing matches. */
    RIGHT;

    /** The SQL keyword(s). */
    public String sql() {
        return switch (this) {
            case INNER -> "JOIN";
            case LEFT -> "LEFT JOIN";
            case RIGHT -> "RIGHT JOIN";
        };
    }
}
