package io.kakaorm.relation;

/** Key values compared across models: whole numbers of any width compare as {@code long}. */
final class Keys {
    private Keys() {}

    static Object norm(Object k) {
        if (k instanceof Integer || k instanceof Short || k instanceof Byte) {
            return ((Number) k).longValue();
        }
        return k;
    }

    /** The owner's primary key for a hasOne/hasMany lookup; an unsaved owner has none to look up. */
    static Object ownerKey(Relation<?, ?> r) {
        Object k = r.ownerKeyOrNull();
        if (k == null) {
            throw new IllegalStateException("cannot load " + r.spec().label() + " of an unsaved "
                    + r.owner().getClass().getSimpleName() + ": save() it first");
        }
        return k;
    }
}
