package io.kakaorm;

import java.io.Serializable;

/**
 * A value of a row written as a lambda ({@code p -> p.title}, {@code p -> new TitleViews(p.title, p.views)});
 * decoded from its bytecode into SQL. Placeholder until the decoder branch provides the real interface.
 *
 * @param <T> the model
 * @param <R> the value
 */
@FunctionalInterface
public interface Selector<T, R> extends Serializable {
    /** The value in plain Java. */
    R apply(T row);
}
