package io.kakaorm.vertx;

/**
 * What {@link Database#getOrCreate} and {@link Database#updateOrCreate} give back: the instance, and
 * whether this call inserted it.
 *
 * @param model   the found or created instance
 * @param created {@code true} when this call inserted the row
 * @param <T>     the model
 */
public record CreateResult<T>(T model, boolean created) {}
