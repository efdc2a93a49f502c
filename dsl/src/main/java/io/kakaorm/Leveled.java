package io.kakaorm;

/**
 * A row found by a recursive named subquery, with how many steps away from the anchor rows it is: the
 * anchor rows have depth 0, their children 1, and so on (the shortest path when there are several).
 *
 * @param row   the model instance
 * @param depth its distance from the anchor rows
 * @param <T>   the model type
 */
public record Leveled<T>(T row, int depth) {}
