package io.kakaorm.migration.schema;

/**
 * A CHECK constraint.
 *
 * @param name       the constraint name, or {@code null}
 * @param expression the SQL boolean expression, without the {@code CHECK} keyword
 */
public record CheckSnapshot(String name, String expression) {
}
