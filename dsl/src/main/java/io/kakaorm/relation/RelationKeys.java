package io.kakaorm.relation;

import io.kakaorm.Model;
import io.kakaorm.lambda.RelationLookup;
import io.kakaorm.meta.ModelMeta;
import java.lang.reflect.Field;

/**
 * The keys of a relation declared on a model class, without an instance at hand: what the lambda decoder
 * needs to turn {@code p.author.get().name} into a correlated subquery (installed as its
 * {@link RelationLookup} when this class is loaded).
 */
final class RelationKeys {
    static {
        RelationLookup.install(RelationKeys::of);
    }

    private RelationKeys() {}

    /** The relation in field {@code field} of {@code owner}, or {@code null} when that field is not a relation. */
    static RelationLookup.Keys of(Class<?> owner, String field) {
        for (Field f : RelationResolver.FIELDS.get(owner)) {
            if (f.getName().equals(field)) {
                Object instance = ModelMeta.of(owner).newInstance();
                Relation<?, ?> holder = RelationFields.named((Model<?>) instance, field);
                RelationSpec s = RelationResolver.resolve(holder);
                String kind = holder instanceof BelongsTo<?> ? "belongsTo" : s.many() ? "hasMany" : "hasOne";
                return new RelationLookup.Keys(s.target(), kind, s.ownerColumn(), s.targetColumn());
            }
        }
        return null;
    }
}
