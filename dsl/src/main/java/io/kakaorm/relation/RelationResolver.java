package io.kakaorm.relation;

import io.kakaorm.ModelDefinitionException;
import io.kakaorm.Selector;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.lambda.LambdaDecoder;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Resolves relation holders into {@link RelationSpec}s, once per declaration (model class and field). */
final class RelationResolver {
    /** The relation-holder fields of each model class, superclasses included, made accessible. */
    static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> out = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && Relation.class.isAssignableFrom(f.getType())) {
                        f.trySetAccessible();
                        out.add(f);
                    }
                }
            }
            return List.copyOf(out);
        }
    };

    private record Key(Class<?> owner, String field) {}

    private static final Map<Key, RelationSpec> SPECS = new ConcurrentHashMap<>();

    private RelationResolver() {}

    static RelationSpec resolve(Relation<?, ?> holder) {
        Object owner = holder.owner();
        String name = fieldName(owner, holder);
        return SPECS.computeIfAbsent(new Key(owner.getClass(), name), k -> build(holder, k.owner(), name));
    }

    private static String fieldName(Object owner, Relation<?, ?> holder) {
        for (Field f : FIELDS.get(owner.getClass())) {
            try {
                if (f.get(owner) == holder) {
                    if (!Modifier.isFinal(f.getModifiers())) {
                        throw new ModelDefinitionException(
                                owner.getClass(),
                                f.getName(),
                                "a relation field must be final (public final BelongsTo<…> x = belongsTo(…))");
                    }
                    return f.getName();
                }
            } catch (IllegalAccessException e) {
                throw new ModelDefinitionException(
                        owner.getClass(), f.getName(), "relation field not accessible: " + e);
            }
        }
        throw new ModelDefinitionException(
                owner.getClass(),
                null,
                "a relation of " + holder.target().getSimpleName()
                        + " is not held in a field of the model; declare it as a final field");
    }

    private static RelationSpec build(Relation<?, ?> holder, Class<?> owner, String name) {
        Class<?> target = holder.target();
        ModelMeta<?> ownerMeta = ModelMeta.of(owner);
        ModelMeta<?> targetMeta = ModelMeta.of(target);
        if (holder instanceof BelongsTo<?>) {
            ColumnMeta fk = keyColumn(holder.key(), ownerMeta, targetMeta, owner, name, "belongsTo");
            return new RelationSpec(owner, name, target, false, fk, targetMeta.primaryKey());
        }
        String kind = holder instanceof HasMany<?> ? "hasMany" : "hasOne";
        ColumnMeta fk = keyColumn(holder.key(), targetMeta, ownerMeta, owner, name, kind);
        return new RelationSpec(owner, name, target, holder instanceof HasMany<?>, ownerMeta.primaryKey(), fk);
    }

    /** The foreign-key column of {@code holderSide} that references {@code referenced}: named, or found from @ForeignKey. */
    private static ColumnMeta keyColumn(
            Selector<?, ?> key,
            ModelMeta<?> holderSide,
            ModelMeta<?> referenced,
            Class<?> owner,
            String name,
            String kind) {
        if (key != null) {
            Expr e = LambdaDecoder.decode(key, holderSide.modelClass()).expr();
            if (e instanceof ColumnRef c && c.source() == 0 && c.column() instanceof ColumnMeta m) {
                return m;
            }
            throw new ModelDefinitionException(
                    owner,
                    name,
                    "the key of " + kind + "(" + referenced.modelClass().getSimpleName()
                            + ".class, …) must name one column of "
                            + holderSide.modelClass().getSimpleName()
                            + ", like x -> x.authorId");
        }
        List<ColumnMeta> found = new ArrayList<>();
        for (ColumnMeta c : holderSide.columns()) {
            if (c.foreignKey() != null && c.foreignKey().target() == referenced.modelClass()) {
                found.add(c);
            }
        }
        String hint = kind + "("
                + (kind.equals("belongsTo") ? referenced : holderSide)
                        .modelClass()
                        .getSimpleName() + ".class, x -> x.<field>)";
        if (found.isEmpty()) {
            throw new ModelDefinitionException(
                    owner,
                    name,
                    "no @ForeignKey field of " + holderSide.modelClass().getSimpleName() + " references "
                            + referenced.modelClass().getSimpleName() + "; name the key: "
                            + hint);
        }
        if (found.size() > 1) {
            throw new ModelDefinitionException(
                    owner,
                    name,
                    "several @ForeignKey fields of " + holderSide.modelClass().getSimpleName() + " reference "
                            + referenced.modelClass().getSimpleName() + " ("
                            + found.stream().map(ColumnMeta::fieldName).toList() + "); say which one: " + hint);
        }
        return found.get(0);
    }
}
