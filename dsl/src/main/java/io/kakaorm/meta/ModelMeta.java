package io.kakaorm.meta;

import java.util.List;
import java.util.Map;
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

    ModelMeta(Class<T> modelClass, String table, List<ColumnMeta> columns, ColumnMeta primaryKey,
            List<IndexMeta> indexes, Supplier<T> factory, Map<String, ColumnMeta> byField,
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

    /** A new, empty instance (through the no-arg constructor). */
    public T newInstance() {
        return factory.get();
    }

    /** The column of a Java field, or {@code null}. */
    public ColumnMeta columnByField(String fieldName) {
        return byField.get(fieldName);
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
