package io.kakaorm.relation;

import io.kakaorm.Model;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/** The relation holders of a model instance by field name: what {@code toJson} nests on request. */
public final class RelationFields {
    private RelationFields() {}

    /** The names of the relation fields of {@code model}, superclasses included, in declaration order. */
    public static List<String> names(Class<?> model) {
        List<String> out = new ArrayList<>();
        for (Field f : RelationResolver.FIELDS.get(model)) {
            out.add(f.getName());
        }
        return out;
    }

    /**
     * The holder in the relation field {@code name} of {@code owner}.
     *
     * @throws IllegalArgumentException when {@code owner}'s class has no relation field of that name
     */
    public static Relation<?, ?> named(Model<?> owner, String name) {
        for (Field f : RelationResolver.FIELDS.get(owner.getClass())) {
            if (f.getName().equals(name)) {
                try {
                    return (Relation<?, ?>) f.get(owner);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("relation field " + name + " not accessible", e);
                }
            }
        }
        throw new IllegalArgumentException(owner.getClass().getSimpleName() + " has no relation '" + name
                + "'; its relations: " + names(owner.getClass()));
    }
}
