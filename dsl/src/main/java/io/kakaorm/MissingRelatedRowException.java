package io.kakaorm;

import java.util.List;

/**
 * A query read a relation path as a value ({@code select(p -> p.author.get().name)}, {@code orderBy},
 * an update value, an aggregate) on a row whose related row is not there: a NULL or dangling key, a
 * soft-deleted target, or for a {@code hasOne} none or several referencing rows. Java's {@code get()} is
 * {@code null} there and {@code .name} throws NullPointerException, so the query fails rather than read
 * NULL. The message names the model, the relations, the lambdas that read them and what to do. Nothing
 * was written: an update or insert by query fails before it runs.
 *
 * <p>Immutable and thread-safe.
 */
public final class MissingRelatedRowException extends KakaOrmException {
    private final Class<?> model;
    private final List<String> relations;
    private final List<String> sources;

    /**
     * Builds the exception.
     *
     * @param model the model whose rows were read
     * @param relations the paths read ({@code Tale.writer.get()})
     * @param sources the lambdas reading them ({@code File.java:42})
     * @param where what read them ({@code select}, {@code orderBy}, {@code update}, …)
     */
    public MissingRelatedRowException(Class<?> model, List<String> relations, List<String> sources, String where) {
        super(message(model, relations, sources, where));
        this.model = model;
        this.relations = List.copyOf(relations);
        this.sources = List.copyOf(sources);
    }

    private static String message(Class<?> model, List<String> relations, List<String> sources, String where) {
        String rel = relations.isEmpty() ? "a relation path" : String.join(", ", relations);
        return "A row of " + model.getSimpleName() + " has no related row for " + rel + ", read by " + where
                + (sources.isEmpty() ? "" : " in the lambda at " + String.join(", ", sources))
                + ": Java's get() is null there (a NULL or dangling key, a deleted row, or for a hasOne none or"
                + " several rows) and reading a field of it throws NullPointerException. Keep such rows out"
                + " first, e.g. where(p -> p.relation.get().id != null), or read the key column instead";
    }

    /** The model whose rows were read. */
    public Class<?> model() {
        return model;
    }

    /** The relation paths read, as written ({@code Tale.writer.get()}). */
    public List<String> relations() {
        return relations;
    }

    /** Where the lambdas reading them are written ({@code File.java:42}); empty when unknown. */
    public List<String> sources() {
        return sources;
    }
}
