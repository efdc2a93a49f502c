package io.kakaorm.relation;

import io.kakaorm.KakaOrmException;

/**
 * A relation's synchronous {@code get()} was called before its value was loaded. The message says how
 * to load it: {@code load()} for this instance, or {@code prefetch(...)} on the query for a whole result.
 */
public final class RelationNotLoadedException extends KakaOrmException {
    private final Class<?> model;
    private final String relation;

    RelationNotLoadedException(Class<?> model, String relation, Class<?> target) {
        super("Relation " + model.getSimpleName() + "." + relation + " is not loaded: call "
                + "load() on it (a Future<" + target.getSimpleName() + ">), or prefetch it with the query: "
                + "db.from(" + model.getSimpleName() + ".class).prefetch(x -> x." + relation + ")");
        this.model = model;
        this.relation = relation;
    }

    /** The model declaring the relation. */
    public Class<?> model() {
        return model;
    }

    /** The relation's field name. */
    public String relation() {
        return relation;
    }
}
