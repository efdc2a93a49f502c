package io.kakaorm.meta;

import io.kakaorm.ArchiveModel;
import io.kakaorm.SoftDeleteModel;
import io.kakaorm.expr.SubqueryNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The table behind a model class: its name, columns, primary key and indexes. Read once per class
 * and cached ({@link #of(Class)}); immutable and thread-safe.
 *
 * @param <T> the model type
 */
public final class ModelMeta<T> {
    private final Class<T> modelClass;
    private final String table;
    private final List<ColumnMeta> columns;
    private final ColumnMeta primaryKey;
    private final List<IndexMeta> indexes;
    private final Supplier<T> factory;
    private final Map<String, ColumnMeta> byField;
    private final Map<String, ColumnMeta> byName;
    private final ColumnMeta version;
    /** The generated accessor setting all columns at once, on the model's own metadata only ({@link #fill}). */
    private RowAccess allFields; // set before the metadata is published (ModelMeta.of)
    /** For an ArchiveModel: what this metadata is (MAIN, or a derived ARCHIVE / UNION view). */
    private Variant variant = Variant.MAIN;

    private volatile ModelMeta<T> archive;
    private volatile ModelMeta<T> union;
    /** For a named subquery (CTE) read as this model: its definition; {@code null} for a table. */
    private SubqueryNode commonTable;

    private boolean named;
    private final ConcurrentHashMap<Object, ModelMeta<T>> commonTables = new ConcurrentHashMap<>();

    /** Which table of an {@code ArchiveModel} a metadata describes. */
    public enum Variant {
        /** The model's own table. */
        MAIN,
        /** Its {@code archive_<table>} table. */
        ARCHIVE,
        /** Both tables together ({@code includeDeleted()}): renders as the main table, run as a UNION ALL. */
        UNION
    }

    ModelMeta(
            Class<T> modelClass,
            String table,
            List<ColumnMeta> columns,
            ColumnMeta primaryKey,
            List<IndexMeta> indexes,
            Supplier<T> factory,
            Map<String, ColumnMeta> byField,
            Map<String, ColumnMeta> byName) {
        this.modelClass = modelClass;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.primaryKey = primaryKey;
        this.indexes = List.copyOf(indexes);
        this.factory = factory;
        this.byField = Map.copyOf(byField);
        this.byName = Map.copyOf(byName);
        this.version = VersionColumns.find(modelClass, this.columns);
    }

    /**
     * The metadata of {@code modelClass}, read on first use and cached.
     *
     * @throws io.kakaorm.ModelDefinitionException when the class is not a valid model
     */
    public static <T> ModelMeta<T> of(Class<T> modelClass) {
        return ModelMetaReader.get(modelClass);
    }

    /** The model class. */
    public Class<T> modelClass() {
        return modelClass;
    }

    /** The SQL table name. */
    public String table() {
        return table;
    }

    /** All columns, primary key first, then in field declaration order (superclass fields first). */
    public List<ColumnMeta> columns() {
        return columns;
    }

    /** The primary-key column. */
    public ColumnMeta primaryKey() {
        return primaryKey;
    }

    /** Indexes declared with {@code @Table(indexes=…)} and {@code @Column(index=true)}. */
    public List<IndexMeta> indexes() {
        return indexes;
    }

    /** The {@link io.kakaorm.Version} column (optimistic locking), or {@code null} when the model has none. */
    public ColumnMeta versionColumn() {
        return version;
    }

    /**
     * Sets every column field of {@code target} from {@code values} (the column values in column order,
     * each already of its field's boxed type) in one generated call; {@code false} when this metadata cannot
     * (a derived view, a field the generated class does not reach, or a value of another type: then set
     * them one by one through {@link ColumnMeta#accessor()}, which converts).
     */
    public boolean setAll(T target, Object[] values) {
        return fill(target, i -> values[i]);
    }

    /**
     * {@link #setAll} with the values read from {@code source} ({@link RowAccess#fill}), in one generated call:
     * {@code false} when the fields must be set one by one (then some may already be set; set them all).
     */
    public boolean fill(T target, ColumnSource source) {
        RowAccess a = allFields;
        if (a == null) {
            return false;
        }
        try {
            a.fill(target, source);
            return true;
        } catch (ClassCastException e) {
            return false;
        }
    }

    /** Whether {@link #fill} and {@link #setAll} set the fields in one generated call (each value cast to its field's type). */
    public boolean hasGeneratedFill() {
        return allFields != null;
    }

    /** Lets {@link #fill} use {@code access}, whose field {@code i} is column {@code i} of this metadata. */
    void setAllWith(RowAccess access) {
        this.allFields = access;
    }

    /** A new, empty instance (through the no-arg constructor). */
    public T newInstance() {
        return factory.get();
    }

    /** The column of a Java field, or {@code null}. */
    public ColumnMeta columnByField(String fieldName) {
        return byField.get(fieldName);
    }

    /** The {@code deleted_at} column of a {@code SoftDeleteModel}, or {@code null} for other models. */
    public ColumnMeta softDeleteColumn() {
        return SoftDeleteModel.class.isAssignableFrom(modelClass) ? byField.get("deletedAt") : null;
    }

    /** Which table of an {@code ArchiveModel} this describes; {@code MAIN} for every other model. */
    public Variant variant() {
        return variant;
    }

    /**
     * The {@code archive_<table>} table of an {@code ArchiveModel} ({@code null} for other models): the
     * same columns with no auto-increment, UNIQUE, index, CHECK or foreign key, so that any row can be
     * moved there and back.
     */
    public ModelMeta<T> archiveTable() {
        if (variant != Variant.MAIN || named || !ArchiveModel.class.isAssignableFrom(modelClass)) {
            return null;
        }
        ModelMeta<T> a = archive;
        if (a == null) {
            List<ColumnMeta> cols = new ArrayList<>();
            Map<String, ColumnMeta> f = new LinkedHashMap<>();
            Map<String, ColumnMeta> n = new LinkedHashMap<>();
            ColumnMeta pk = null;
            for (ColumnMeta c : columns) {
                ColumnMeta x = new ColumnMeta(
                        c.fieldName(),
                        c.name(),
                        c.javaType(),
                        c.type(),
                        c.nullable(),
                        c.primaryKey(),
                        false,
                        false,
                        false,
                        null,
                        c.maxLength(),
                        c.precision(),
                        c.scale(),
                        c.defaultValue(),
                        c.autoNowAdd(),
                        c.autoNow(),
                        null,
                        c.accessor());
                cols.add(x);
                f.put(x.fieldName(), x);
                n.put(x.name(), x);
                pk = c == primaryKey ? x : pk;
            }
            a = new ModelMeta<>(modelClass, "archive_" + table, cols, pk, List.of(), factory, f, n);
            a.variant = Variant.ARCHIVE;
            archive = a;
        }
        return a;
    }

    /** The UNION view of an {@code ArchiveModel} (main and archive tables), or {@code null} for other models. */
    public ModelMeta<T> unionView() {
        if (variant != Variant.MAIN || archiveTable() == null) {
            return null;
        }
        ModelMeta<T> u = union;
        if (u == null) {
            u = new ModelMeta<>(modelClass, table, columns, primaryKey, indexes, factory, byField, byName);
            u.variant = Variant.UNION;
            union = u;
        }
        return u;
    }

    /**
     * This model read from the named subquery {@code name} of a WITH clause instead of its table: the same
     * columns, {@link #table()} the subquery's name, {@link #commonTable()} its definition ({@code null}:
     * the name alone, as a recursive subquery refers to itself). One instance per name and definition, so
     * that statements over it are equal when their shapes are.
     */
    public ModelMeta<T> asCommonTable(String name, SubqueryNode definition) {
        Object key = definition == null ? name : List.of(name, definition);
        return commonTables.computeIfAbsent(key, k -> {
            ModelMeta<T> v =
                    new ModelMeta<>(modelClass, name, columns, primaryKey, List.of(), factory, byField, byName);
            v.commonTable = definition;
            v.named = true;
            return v;
        });
    }

    /** The definition of the named subquery this metadata reads from, or {@code null} for a table. */
    public SubqueryNode commonTable() {
        return commonTable;
    }

    /** Whether this metadata reads a named subquery (CTE) rather than the model's table. */
    public boolean isCommonTable() {
        return named;
    }

    /** The column of an SQL name, or {@code null}. */
    public ColumnMeta columnByName(String columnName) {
        return byName.get(columnName);
    }

    @Override
    public String toString() {
        return "ModelMeta[" + modelClass.getSimpleName() + " → " + table + "]";
    }
}
