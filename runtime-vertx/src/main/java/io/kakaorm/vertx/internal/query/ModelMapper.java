package io.kakaorm.vertx.internal.query;

import io.kakaorm.Model;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.ValueReader;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ColumnSource;
import io.kakaorm.meta.FieldAccessor;
import io.kakaorm.meta.JavaTypes;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.spi.ModelEngine;
import io.kakaorm.spi.ModelState;
import io.kakaorm.vertx.internal.exec.ColumnValues;
import io.kakaorm.vertx.internal.exec.DbRow;
import io.kakaorm.vertx.internal.exec.RowMapper;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.lang.reflect.Modifier;
import java.util.Set;

/**
 * Hydrates model instances from rows whose columns are the model's columns in model order (what a
 * {@code Select} with an empty select list renders): one instance per row, each field set through its
 * {@link FieldAccessor}, no per-row map. The instance is attached to the engine as persisted. Build once
 * per model and engine (the runtime caches it): each column's conversion is chosen here, once
 * ({@link Dialect#reader}); per value, a driver value whose class already is the field's (boxed) type is
 * set as it is — {@link Dialect#fromDb} returns such a value unchanged — and any other is normalised
 * ({@link DbRow#normalise}, as {@link DbRow#value(int)} returns it) and goes through the column's reader, as {@code fromDb} would convert it.
 * Where the row can stay ({@link DbRow#loadedState}: a decoded Vert.x row), it is the instance's loaded state
 * for dirty tracking, read through {@link #javaValue} again only when asked what changed; a SQLite row is
 * copied into an array once, which is both the fields' values and the loaded state.
 *
 * @param <T> the model type
 */
public final class ModelMapper<T> implements RowMapper<T>, ColumnValues {
    /** Column types whose values can be edited in place: the loaded state must not share them with the field. */
    private static final Set<Class<?>> MUTABLE = Set.of(byte[].class, JsonObject.class, JsonArray.class);

    private final ModelMeta<T> meta;
    private final FieldAccessor[] accessors;
    private final Class<?>[] passThrough;
    private final ValueReader[] readers;
    private final boolean[] copied;
    /** Per column, a boolean column whose reader reads a {@code Byte} as {@code b != 0} ({@link #booleansFromBytes}). */
    private final boolean[] booleanFromByte;

    private final ModelEngine engine;
    /**
     * Per column, whether a driver value is set as it is ({@link #asIs}): the field's (boxed) type is a final,
     * immutable class, so the generated fill's cast is the class check {@link #javaValue} would make. An entry
     * turns off for good when a value of another class is seen (the driver returns a type the column's reader
     * converts, e.g. MariaDB's TINYINT for a boolean). Shared by the event loops without a lock: entries only
     * turn off, and a loop that still sees one on pays one failed cast more.
     */
    private final boolean[] asIs;
    /** Whether every entry of {@link #asIs} is on (turns off with the first that does). */
    private boolean allAsIs;
    /** Per column, a driver value class that {@link DbRow#normalise} leaves as it is (learned): skip the call. */
    private final Class<?>[] normalised;

    public ModelMapper(ModelMeta<T> meta, Dialect dialect, ModelEngine engine) {
        this.meta = meta;
        ColumnMeta[] columns = meta.columns().toArray(new ColumnMeta[0]);
        this.accessors = new FieldAccessor[columns.length];
        this.passThrough = new Class<?>[columns.length];
        this.readers = new ValueReader[columns.length];
        this.copied = new boolean[columns.length];
        this.booleanFromByte = new boolean[columns.length];
        for (int i = 0; i < columns.length; i++) {
            ColumnMeta c = columns[i];
            accessors[i] = c.accessor();
            passThrough[i] = boxed(c.javaType());
            readers[i] = dialect.reader(c.type(), c.javaType());
            copied[i] = MUTABLE.contains(c.javaType());
            booleanFromByte[i] = c.type() == ColumnType.BOOLEAN && readsBytesAsBooleans(readers[i]);
        }
        this.engine = engine;
        this.asIs = new boolean[columns.length];
        this.normalised = new Class<?>[columns.length];
        if (meta.hasGeneratedFill()) { // without it, fields are set one by one: no cast checks a value
            for (int i = 0; i < columns.length; i++) {
                Class<?> t = passThrough[i];
                asIs[i] = Modifier.isFinal(t.getModifiers()) && !t.isArray() && !copied[i];
            }
        }
        this.allAsIs = allOn(asIs);
    }

    @Override
    public T map(DbRow row) {
        return fill(meta.newInstance(), row);
    }

    /** Sets every column of {@code target} from {@code row} and attaches it; returns {@code target}. */
    public T fill(T target, DbRow row) {
        ColumnSource values = row.loadedState(0, this);
        // the row itself is the loaded state: no copy of the values per row, read again only by save()
        if (values != null && meta.fill(target, values)) { // one generated call: kept small to inline
            ModelState.attachLoaded((Model<?>) target, engine, values);
            return target;
        }
        return fillSlowly(target, row, values);
    }

    /** {@link #fill} field by field, converting: no generated fill, a failed cast, or a row copied to an array. */
    private T fillSlowly(T target, DbRow row, ColumnSource values) {
        if (values != null) {
            if (meta.hasGeneratedFill()) { // a value of another class than its field's failed a cast
                convertFrom(row);
                values = row.loadedState(0, this); // not every column as it is any more
            }
            for (int i = 0; i < accessors.length; i++) {
                accessors[i].set(target, values.column(i));
            }
            ModelState.attachLoaded((Model<?>) target, engine, values);
            return target;
        }
        Object[] loaded = new Object[accessors.length];
        for (int i = 0; i < loaded.length; i++) {
            Object v = row.raw(i);
            if (v != null && v.getClass() != passThrough[i]) {
                v = readers[i].read(row.normalise(v));
            }
            loaded[i] = v;
        }
        if (!meta.setAll(target, loaded)) { // one generated call; else field by field, converting
            for (int i = 0; i < loaded.length; i++) {
                accessors[i].set(target, loaded[i]);
            }
        }
        ModelState.attach((Model<?>) target, engine, true);
        ModelState.remember((Model<?>) target, loaded); // what save() compares with (dirty tracking)
        return target;
    }

    @Override
    public boolean[] asIs() {
        return asIs;
    }

    @Override
    public boolean allAsIs() {
        return allAsIs;
    }

    @Override
    public boolean[] booleansFromBytes() {
        return booleanFromByte;
    }

    private static boolean allOn(boolean[] flags) {
        for (boolean f : flags) {
            if (!f) {
                return false;
            }
        }
        return true;
    }

    /** Stops taking as they are the columns whose value in {@code row} is of another class than the field's. */
    private void convertFrom(DbRow row) {
        for (int i = 0; i < asIs.length; i++) {
            Object v = row.raw(i);
            if (asIs[i] && v != null && v.getClass() != passThrough[i]) {
                asIs[i] = false;
            }
        }
        // unconditionally: another loop may have turned the entry off, and this one must not read a stale true
        allAsIs = false;
    }

    /** The Java value of column {@code i} given its driver value: as it is, converted, or a copy (mutable). */
    @Override
    public Object javaValue(int i, Object raw, DbRow row) {
        if (raw == null || raw.getClass() == passThrough[i]) {
            return copied[i] && raw != null ? copy(raw) : raw; // the row's own object stays the row's
        }
        Object v = readers[i].read(raw.getClass() == normalised[i] ? raw : normalise(i, raw, row));
        return copied[i] && v == raw ? copy(v) : v;
    }

    /** {@code row.normalise(raw)}, remembering a class it leaves as it is (MariaDB's Byte for a boolean). */
    private Object normalise(int i, Object raw, DbRow row) {
        Object n = row.normalise(raw);
        if (n == raw) {
            normalised[i] = raw.getClass(); // a racing loop writes the same class
        }
        return n;
    }

    /** Whether {@code reader} reads a {@code Byte} as {@code b != 0} (what the dialects' boolean reader does). */
    private static boolean readsBytesAsBooleans(ValueReader reader) {
        try {
            return reader.read((byte) 0) == Boolean.FALSE
                    && reader.read((byte) 1) == Boolean.TRUE
                    && reader.read((byte) -1) == Boolean.TRUE
                    && reader.read((byte) 2) == Boolean.TRUE;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Object copy(Object v) {
        if (v instanceof byte[] b) {
            return b.clone();
        }
        if (v instanceof JsonObject o) {
            return o.copy();
        }
        return v instanceof JsonArray a ? a.copy() : v;
    }

    private static Class<?> boxed(Class<?> t) {
        return JavaTypes.box(t);
    }
}
