package io.kakaorm.lambda;

import io.kakaorm.meta.ColumnMeta;

/**
 * How the decoder learns the keys of a relation field ({@code p.author} of {@code belongsTo(Author.class,
 * p -> p.authorId)}): the relation package, which decodes key lambdas and so sits above this one, installs
 * the lookup when it is first loaded.
 */
public final class RelationLookup {
    private static final String PROVIDER = "io.kakaorm.relation.RelationKeys";
    private static volatile Lookup lookup;

    private RelationLookup() {}

    /**
     * A relation resolved against both models: the target row is the one whose {@code targetColumn} equals
     * the owner row's {@code ownerColumn}.
     *
     * @param target the related model
     * @param kind {@code "belongsTo"}, {@code "hasOne"} or {@code "hasMany"}
     * @param ownerColumn the owner's column (the foreign key of a belongsTo, else the primary key)
     * @param targetColumn the target's column (its primary key for a belongsTo, else its foreign key)
     */
    public record Keys(Class<?> target, String kind, ColumnMeta ownerColumn, ColumnMeta targetColumn) {}

    /** Resolves relation field {@code field} of model {@code owner}, or answers {@code null} when it is none. */
    public interface Lookup {
        /**
         * The keys of the relation.
         *
         * @param owner the model class declaring the field
         * @param field the field's name
         * @return its keys, or {@code null} when the field is not a relation
         */
        Keys of(Class<?> owner, String field);
    }

    /**
     * Installs the lookup (called once by the relation package).
     *
     * @param l the lookup
     */
    public static void install(Lookup l) {
        lookup = l;
    }

    static Keys of(Class<?> owner, String field) {
        if (lookup == null) {
            try {
                Class.forName(PROVIDER, true, RelationLookup.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the relation package is missing: " + PROVIDER, e);
            }
        }
        return lookup.of(owner, field);
    }
}
