package io.kakaorm.vertx.internal.query;

import io.kakaorm.Model;
import io.kakaorm.ResultMappingException;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.meta.ModuleOpens;
import io.kakaorm.spi.ModelEngine;
import io.kakaorm.spi.ModelState;
import io.kakaorm.vertx.internal.exec.DbRow;
import io.kakaorm.vertx.internal.exec.RowMapper;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Raw-SQL rows into records (a component per column, found by label), models (every column, by label;
 * extra columns ignored) or single values, with the dialect's conversions that queries use. Labels match
 * names ignoring case and underscores ({@code has_pets}, {@code HASPETS} → {@code hasPets}). One mapper
 * per statement: the label positions are found on the first row.
 */
public final class LabelMappers {
    private LabelMappers() {}

    /** The mapper for {@code type}: a model class, a record, or a column type (a one-column result). */
    public static <R> RowMapper<R> of(Class<R> type, Dialect dialect, ModelEngine engine, String sql) {
        if (Model.class.isAssignableFrom(type)) {
            return model(ModelMeta.of(type), dialect, engine, sql);
        }
        if (type.isRecord()) {
            return record(type, dialect, sql);
        }
        if (ColumnType.of(ProjectionMappers.box(type)) == null) {
            throw new IllegalArgumentException("Cannot map raw SQL rows into " + type.getName()
                    + ": use a record (a component per column), a model class, or a column type such as Long");
        }
        return row -> {
            if (row.size() != 1) {
                throw new ResultMappingException(
                        type,
                        null,
                        null,
                        "fetch(" + type.getSimpleName()
                                + ".class, …) maps a one-column result; this one has columns " + labels(row)
                                + ": map it into a record",
                        sql,
                        null);
            }
            return type.cast(convert(dialect, row.value(0), type, type, type.getSimpleName(), row.name(0), sql));
        };
    }

    private static <R> RowMapper<R> record(Class<R> type, Dialect dialect, String sql) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        MethodHandle ctor;
        try {
            var c = type.getDeclaredConstructor(types);
            ModuleOpens.setAccessible(c, "call the canonical constructor of");
            ctor = MethodHandles.lookup().unreflectConstructor(c).asSpreader(Object[].class, types.length);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "Cannot call the canonical constructor of " + type.getName() + ": " + e, e);
        }
        List<String> names = new ArrayList<>();
        for (RecordComponent c : components) {
            names.add(c.getName());
        }
        return new RowMapper<>() {
            private int[] at;

            @Override
            public R map(DbRow row) {
                if (at == null) {
                    at = positions(type, names, names, row, sql);
                }
                Object[] args = new Object[types.length];
                for (int i = 0; i < types.length; i++) {
                    args[i] = convert(dialect, row.value(at[i]), types[i], type, names.get(i), row.name(at[i]), sql);
                }
                try {
                    return type.cast(ctor.invoke(args));
                } catch (Throwable t) {
                    throw t instanceof RuntimeException r ? r : new IllegalStateException(t);
                }
            }
        };
    }

    private static <R> RowMapper<R> model(ModelMeta<R> meta, Dialect dialect, ModelEngine engine, String sql) {
        List<ColumnMeta> columns = meta.columns();
        List<String> fields = new ArrayList<>();
        List<String> sqlNames = new ArrayList<>();
        for (ColumnMeta c : columns) {
            fields.add(c.fieldName());
            sqlNames.add(c.name());
        }
        return new RowMapper<>() {
            private int[] at;

            @Override
            public R map(DbRow row) {
                if (at == null) {
                    at = positions(meta.modelClass(), fields, sqlNames, row, sql);
                }
                R target = meta.newInstance();
                Object[] loaded = new Object[columns.size()];
                for (int i = 0; i < loaded.length; i++) {
                    ColumnMeta c = columns.get(i);
                    Object v = convert(
                            dialect,
                            row.value(at[i]),
                            c.javaType(),
                            meta.modelClass(),
                            c.fieldName(),
                            row.name(at[i]),
                            sql);
                    c.set(target, v);
                    loaded[i] = v;
                }
                ModelState.attach((Model<?>) target, engine, true);
                ModelState.remember((Model<?>) target, loaded);
                return target;
            }
        };
    }

    /** For each member, the position of its column (matched by {@code fields} or {@code sqlNames}). */
    private static int[] positions(Class<?> type, List<String> fields, List<String> sqlNames, DbRow row, String sql) {
        int[] at = new int[fields.size()];
        for (int m = 0; m < at.length; m++) {
            at[m] = -1;
            String a = key(fields.get(m));
            String b = key(sqlNames.get(m));
            for (int i = 0; i < row.size() && at[m] < 0; i++) {
                String label = key(row.name(i));
                if (label.equals(a) || label.equals(b)) {
                    at[m] = i;
                }
            }
            if (at[m] < 0) {
                throw new ResultMappingException(
                        type,
                        fields.get(m),
                        null,
                        "No column for " + type.getSimpleName()
                                + "." + fields.get(m) + " in the result, whose columns are " + labels(row)
                                + "; select a column "
                                + sqlNames.get(m)
                                + (Model.class.isAssignableFrom(type)
                                        ? " (a model needs every column)"
                                        : " (AS " + sqlNames.get(m) + ")"),
                        sql,
                        null);
            }
        }
        return at;
    }

    private static String key(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static List<String> labels(DbRow row) {
        List<String> out = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            out.add(row.name(i));
        }
        return out;
    }

    /** {@code raw} as a {@code target}, converted as queries convert, refusing lossy or meaningless conversions. */
    static Object convert(
            Dialect dialect, Object raw, Class<?> target, Class<?> owner, String member, String column, String sql) {
        if (raw == null) {
            if (target.isPrimitive()) {
                throw new ResultMappingException(
                        owner,
                        member,
                        column,
                        "Column " + column + " is NULL, which the "
                                + target.getName() + " " + owner.getSimpleName() + "." + member + " cannot hold; use "
                                + ProjectionMappers.box(target).getSimpleName(),
                        sql,
                        null);
            }
            return null;
        }
        Class<?> boxed = ProjectionMappers.box(target);
        ColumnType t = ColumnType.of(boxed);
        try {
            if (t == null) {
                throw new IllegalArgumentException("unsupported type");
            }
            if (!fits(raw, t)) {
                throw new IllegalArgumentException("not a " + t);
            }
            return dialect.fromDb(raw, t, boxed);
        } catch (RuntimeException e) {
            throw new ResultMappingException(
                    owner,
                    member,
                    column,
                    "Column " + column + " holds the "
                            + raw.getClass().getSimpleName() + " " + preview(raw) + ", which does not convert to the "
                            + target.getName() + " " + owner.getSimpleName() + "." + member + " (" + e.getMessage()
                            + ")",
                    sql,
                    e);
        }
    }

    /** Whether {@code raw} can become a {@code t} without losing anything (text conversions are left to fromDb). */
    private static boolean fits(Object raw, ColumnType t) {
        if (t.isInteger()) {
            BigDecimal d = decimal(raw);
            if (d == null) {
                return false;
            }
            try {
                long v = d.longValueExact();
                return t == ColumnType.LONG || (t == ColumnType.INT ? v == (int) v : v == (short) v);
            } catch (ArithmeticException e) {
                return false;
            }
        }
        if (t == ColumnType.FLOAT || t == ColumnType.DOUBLE) {
            return raw instanceof Number;
        }
        if (t == ColumnType.BOOLEAN) {
            return raw instanceof Boolean || raw instanceof Number n && (n.longValue() == 0 || n.longValue() == 1);
        }
        return true;
    }

    private static BigDecimal decimal(Object raw) {
        if (raw instanceof BigDecimal d) {
            return d;
        }
        if (raw instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
            return BigDecimal.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof Double || raw instanceof Float) {
            double x = ((Number) raw).doubleValue();
            return Double.isFinite(x) ? new BigDecimal(x) : null;
        }
        return null;
    }

    private static String preview(Object raw) {
        String s = raw instanceof byte[] b ? b.length + " bytes" : String.valueOf(raw);
        s = s.length() > 60 ? s.substring(0, 60) + "…" : s;
        return raw instanceof String ? "'" + s + "'" : s;
    }
}
