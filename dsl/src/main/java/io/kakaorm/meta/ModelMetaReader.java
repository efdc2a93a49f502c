package io.kakaorm.meta;

import io.kakaorm.AutoNow;
import io.kakaorm.AutoNowAdd;
import io.kakaorm.Column;
import io.kakaorm.ForeignKey;
import io.kakaorm.Id;
import io.kakaorm.Index;
import io.kakaorm.Model;
import io.kakaorm.ModelDefinitionException;
import io.kakaorm.Table;
import io.kakaorm.Transient;
import io.kakaorm.expr.ColumnType;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Reads a model class into a {@link ModelMeta}, once per class (a {@link ClassValue} cache). */
final class ModelMetaReader {
    private static final ClassValue<ModelMeta<?>> CACHE = new ClassValue<>() {
        @Override
        protected ModelMeta<?> computeValue(Class<?> type) {
            return read(type);
        }
    };

    private ModelMetaReader() {}

    @SuppressWarnings("unchecked")
    static <T> ModelMeta<T> get(Class<T> modelClass) {
        return (ModelMeta<T>) CACHE.get(modelClass);
    }

    private static <T> ModelMeta<T> read(Class<T> cls) {
        if (!Model.class.isAssignableFrom(cls) || cls == Model.class) {
            throw new ModelDefinitionException(cls, null, "a model must extend io.kakaorm.Model");
        }
        if (Modifier.isAbstract(cls.getModifiers())) {
            throw new ModelDefinitionException(cls, null, "a model class cannot be abstract");
        }
        ModuleOpens.require(cls, "read and write the fields of the model");
        List<Field> fields = new ArrayList<>(columnFields(cls));
        Field pkField = idField(cls, fields);
        fields.remove(pkField); // column order: the primary key first, so generated index i is column i
        fields.add(0, pkField);
        AccessorGenerator.Generated generated = AccessorGenerator.generate(cls, fields);
        Supplier<T> handleFactory = factory(cls); // also checks the constructor, with the same errors as ever
        Supplier<T> factory =
                generated != null && generated.creates() ? factory(cls, generated.access()) : handleFactory;
        T sample = factory.get();
        String table = tableName(cls);
        Field idField = idField(cls, fields);

        List<ColumnMeta> columns = new ArrayList<>();
        ColumnMeta pk = null;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            boolean isPk = f == idField;
            ColumnMeta c = column(
                    cls,
                    f,
                    isPk,
                    idField.getDeclaringClass() == Model.class && isPk,
                    sample,
                    accessor(f, i, generated));
            if (isPk) {
                pk = c;
                columns.add(0, c);
            } else {
                columns.add(c);
            }
        }
        Map<String, ColumnMeta> byField = new LinkedHashMap<>();
        Map<String, ColumnMeta> byName = new LinkedHashMap<>();
        for (ColumnMeta c : columns) {
            byField.put(c.fieldName(), c);
            if (byName.put(c.name(), c) != null) {
                throw new ModelDefinitionException(cls, c.fieldName(), "two fields map to column '" + c.name() + "'");
            }
        }
        List<IndexMeta> indexes = indexes(cls, table, columns, byField);
        ModelMeta<T> meta = new ModelMeta<>(cls, table, columns, pk, indexes, factory, byField, byName);
        if (generated != null && allTrue(generated.reachable())) {
            meta.setAllWith(generated.access());
        }
        return meta;
    }

    private static boolean allTrue(boolean[] b) {
        for (boolean x : b) {
            if (!x) {
                return false;
            }
        }
        return true;
    }

    static String tableName(Class<?> cls) {
        Table t = cls.getAnnotation(Table.class);
        return t != null && !t.name().isEmpty() ? t.name() : Names.snakeCase(cls.getSimpleName());
    }

    /** Public/protected/package instance fields of the class and its superclasses up to Model (exclusive), plus Model.id. */
    private static List<Field> columnFields(Class<?> cls) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = cls; c != null && c != Model.class; c = c.getSuperclass()) {
            chain.add(0, c);
        }
        List<Field> out = new ArrayList<>();
        boolean ownId = false;
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m)
                        || Modifier.isTransient(m)
                        || f.isSynthetic()
                        || f.isAnnotationPresent(Transient.class)
                        || Modifier.isPrivate(m)
                        || isRelation(f)) {
                    continue;
                }
                if (f.getName().equals("id")) {
                    ownId = true;
                }
                out.add(f);
            }
        }
        boolean anyId = out.stream().anyMatch(f -> f.isAnnotationPresent(Id.class));
        if (!anyId && !ownId) {
            try {
                out.add(0, Model.class.getDeclaredField("id"));
            } catch (NoSuchFieldException e) {
                throw new AssertionError(e);
            }
        }
        return out;
    }

    /** Relation holders (a later feature) live in io.kakaorm.relation and are not columns. */
    private static boolean isRelation(Field f) {
        Package p = f.getType().getPackage();
        return p != null && p.getName().equals("io.kakaorm.relation");
    }

    private static Field idField(Class<?> cls, List<Field> fields) {
        Field found = null;
        for (Field f : fields) {
            if (f.isAnnotationPresent(Id.class)) {
                if (found != null) {
                    throw new ModelDefinitionException(
                            cls,
                            f.getName(),
                            "two @Id fields ('" + found.getName() + "' and '" + f.getName()
                                    + "'); a model has one primary key");
                }
                found = f;
            }
        }
        if (found != null) {
            return found;
        }
        for (Field f : fields) {
            if (f.getName().equals("id")) {
                return f;
            }
        }
        throw new AssertionError("no id field in " + cls);
    }

    /** The SQL name of the primary key of a model class, without reading the whole model (FKs may be cyclic). */
    static String primaryKeyColumn(Class<?> cls) {
        Field id = idField(cls, columnFields(cls));
        Column col = id.getAnnotation(Column.class);
        return col != null && !col.name().isEmpty() ? col.name() : Names.snakeCase(id.getName());
    }

    /** The generated accessor of field {@code i} when the generated class reaches it, else the MethodHandle one. */
    private static FieldAccessor accessor(Field f, int i, AccessorGenerator.Generated generated) {
        FieldAccessor handles = FieldAccessors.of(f);
        return generated != null && generated.reachable()[i]
                ? new GeneratedAccessor(generated.access(), i, handles)
                : handles;
    }

    private static ColumnMeta column(
            Class<?> cls, Field f, boolean pk, boolean implicitId, Object sample, FieldAccessor accessor) {
        Class<?> type = f.getType();
        ColumnType ct = ColumnType.of(type);
        if (ct == null) {
            throw new ModelDefinitionException(
                    cls,
                    f.getName(),
                    "unsupported field type " + type.getName()
                            + "; use a number, boolean, String, BigDecimal, java.time type, UUID, byte[] or an enum,"
                            + " or mark it @Transient");
        }
        Column col = f.getAnnotation(Column.class);
        Id id = f.getAnnotation(Id.class);
        String name = col != null && !col.name().isEmpty() ? col.name() : Names.snakeCase(f.getName());
        boolean autoIncrement =
                implicitId || (id != null && id.autoIncrement()) || (col != null && col.autoIncrement());
        if (autoIncrement && !ct.isInteger()) {
            throw new ModelDefinitionException(
                    cls, f.getName(), "auto-increment needs an integer type, not " + type.getSimpleName());
        }
        boolean nullable = !pk && !type.isPrimitive() && (col == null || col.nullable());
        boolean autoNowAdd = f.isAnnotationPresent(AutoNowAdd.class);
        boolean autoNow = f.isAnnotationPresent(AutoNow.class);
        if ((autoNow || autoNowAdd)
                && !(ct == ColumnType.OFFSET_DATE_TIME
                        || ct == ColumnType.INSTANT
                        || ct == ColumnType.LOCAL_DATE_TIME
                        || ct == ColumnType.LOCAL_DATE)) {
            throw new ModelDefinitionException(cls, f.getName(), "@AutoNow/@AutoNowAdd need a date or timestamp type");
        }
        int maxLength = col == null ? 0 : col.maxLength();
        if (maxLength < 0 || (maxLength > 0 && ct != ColumnType.STRING)) {
            throw new ModelDefinitionException(cls, f.getName(), "maxLength applies to String fields and must be > 0");
        }
        int precision = col == null ? 0 : col.precision();
        int scale = col == null ? 0 : col.scale();
        if ((precision > 0 || scale > 0) && ct != ColumnType.DECIMAL) {
            throw new ModelDefinitionException(cls, f.getName(), "precision/scale apply to BigDecimal fields");
        }
        if (scale > precision && precision > 0) {
            throw new ModelDefinitionException(cls, f.getName(), "scale " + scale + " exceeds precision " + precision);
        }
        Object def = pk || autoNow || autoNowAdd ? null : DefaultValues.of(cls, f, ct, col, accessor.get(sample));
        ForeignKeyMeta fk = foreignKey(cls, f);
        String check = col == null || col.check().isEmpty() ? null : col.check();
        return new ColumnMeta(
                f.getName(),
                name,
                type,
                ct,
                nullable,
                pk,
                autoIncrement,
                col != null && col.unique() && !pk,
                col != null && col.index(),
                check,
                maxLength,
                precision,
                scale,
                def,
                autoNowAdd,
                autoNow,
                fk,
                accessor);
    }

    private static ForeignKeyMeta foreignKey(Class<?> cls, Field f) {
        ForeignKey fk = f.getAnnotation(ForeignKey.class);
        if (fk == null) {
            return null;
        }
        Class<?> target = fk.value();
        if (!Model.class.isAssignableFrom(target) || target == Model.class) {
            throw new ModelDefinitionException(
                    cls, f.getName(), "@ForeignKey target " + target.getName() + " is not a model");
        }
        return new ForeignKeyMeta(target, tableName(target), primaryKeyColumn(target), fk.onDelete());
    }

    private static List<IndexMeta> indexes(
            Class<?> cls, String table, List<ColumnMeta> columns, Map<String, ColumnMeta> byField) {
        List<IndexMeta> out = new ArrayList<>();
        for (ColumnMeta c : columns) {
            if (c.indexed()) {
                out.add(new IndexMeta("idx_" + table + "_" + c.name(), List.of(c.name()), false));
            }
        }
        Table t = cls.getAnnotation(Table.class);
        if (t != null) {
            for (Index ix : t.indexes()) {
                if (ix.value().length == 0) {
                    throw new ModelDefinitionException(cls, null, "an @Index needs at least one field");
                }
                List<String> cols = new ArrayList<>();
                for (String field : ix.value()) {
                    ColumnMeta c = byField.get(field);
                    if (c == null) {
                        throw new ModelDefinitionException(
                                cls, field, "@Index names an unknown field; known fields: " + byField.keySet());
                    }
                    cols.add(c.name());
                }
                String name = ix.name().isEmpty() ? "idx_" + table + "_" + String.join("_", cols) : ix.name();
                out.add(new IndexMeta(name, cols, ix.unique()));
            }
        }
        return out;
    }

    /** Instances through the generated {@code new} (a plain constructor call, no MethodHandle). */
    @SuppressWarnings("unchecked")
    private static <T> Supplier<T> factory(Class<T> cls, RowAccess access) {
        return () -> {
            try {
                return (T) access.newInstance();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) { // a checked exception thrown sneakily by the constructor
                throw new IllegalStateException("constructor of " + cls.getName() + " failed", e);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> Supplier<T> factory(Class<T> cls) {
        MethodHandle ctor;
        try {
            MethodHandles.Lookup lookup;
            try {
                lookup = MethodHandles.privateLookupIn(cls, MethodHandles.lookup());
            } catch (IllegalAccessException e) {
                lookup = MethodHandles.lookup();
            }
            try {
                ctor = lookup.findConstructor(cls, MethodType.methodType(void.class));
            } catch (IllegalAccessException e) {
                var c = cls.getDeclaredConstructor();
                c.setAccessible(true);
                ctor = MethodHandles.lookup().unreflectConstructor(c);
            }
        } catch (NoSuchMethodException e) {
            throw new ModelDefinitionException(
                    cls,
                    null,
                    "a model needs a no-arg constructor"
                            + (cls.isMemberClass() && !Modifier.isStatic(cls.getModifiers())
                                    ? " (an inner class must be static)"
                                    : ""));
        } catch (IllegalAccessException | RuntimeException e) {
            throw new ModelDefinitionException(cls, null, "cannot access the no-arg constructor: " + e.getMessage());
        }
        MethodHandle h = ctor.asType(MethodType.methodType(Object.class));
        return () -> {
            try {
                return (T) (Object) h.invokeExact();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("constructor of " + cls.getName() + " failed", t);
            }
        };
    }
}
