package io.kakaorm.lambda;

import java.lang.reflect.Field;

/**
 * Relation paths inside a query lambda ({@code p -> p.author.get().name.startsWith("A")}) are refused: in
 * Java, {@code get()} reads an instance loaded beforehand (it throws when the relation is not loaded, and
 * a null key has no related row to read a field of), a meaning a row filter cannot have; the refusal names
 * the source line and the exact spelling that says what is meant, a correlated {@code Exists}.
 */
final class RelationPaths {
    private RelationPaths() {
    }

    /** Whether {@code field} of {@code model} is a relation holder ({@code BelongsTo}, {@code HasOne}, {@code HasMany}). */
    static boolean isRelation(Class<?> model, String field) {
        for (Class<?> c = model; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                return f.getType().getName().startsWith("io.kakaorm.relation.");
            } catch (NoSuchFieldException e) {
                // the superclass may declare it
            }
        }
        return false;
    }

    static Reject refusal(Class<?> model, String field) {
        String m = model.getSimpleName();
        return new Reject("the relation path " + m + "." + field + " inside a query lambda",
                "a relation's get() reads an instance loaded in Java; to filter by the related row say what is meant "
                        + "with a correlated EXISTS: Exists<" + m + "> e = Exists.of(" + m + ".class, Related.class, "
                        + "(x, r) -> r.id.equals(x.relatedId) && …), then where(x -> e.test(x)) — a null key has no "
                        + "related row, so e.test(x) is false for it");
    }
}
