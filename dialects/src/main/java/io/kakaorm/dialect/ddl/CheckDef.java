package io.kakaorm.dialect.ddl;

/**
 * A CHECK constraint.
 *
 * @param name       the constraint name, or {@code null}
 * @param expression the SQL boolean expression, without the {@code CHECK} keyword
 */
public record CheckDef(String name, String expression) {}
