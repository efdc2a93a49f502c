package io.kakaorm.vertx.internal.query;

import io.kakaorm.Row;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.meta.ConstructorGenerator;
import io.kakaorm.meta.JavaTypes;
import io.kakaorm.meta.ModuleOpens;
import io.kakaorm.query.Projection;
import io.kakaorm.query.SelectItem;
import io.kakaorm.spi.ModelEngine;
import io.kakaorm.vertx.internal.DatabaseImpl;
import io.kakaorm.vertx.internal.exec.RowMapper;
import io.kakaorm.vertx.internal.exec.Values;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** {@link RowMapper}s for each kind of {@link Projection}: models, single values, constructed objects, rows. */
final class ProjectionMappers {
    private ProjectionMappers() {}

    @SuppressWarnings("unchecked")
    static <R> RowMapper<R> of(Projection<R> p, Dialect dialect, ModelEngine engine) {
        if (p instanceof Projection.Model<R> m) {
            // the database's per-model mapper, built once: get/all and list() hydrate through the same one
            return engine instanceof DatabaseImpl db
                    ? (RowMapper<R>) db.mapper(m.model())
                    : new ModelMapper<>(m.model(), dialect, engine);
        }
        if (p instanceof Projection.Scalar<R> s) {
            ColumnType t = s.expr().type();
            Class<R> type = s.javaType();
            return row -> value(dialect, row.value(0), t, type);
        }
        if (p instanceof Projection.Constructor<R> c) {
            return constructor(c, dialect);
        }
        if (p instanceof Projection.Models<R> ms) {
            return new ModelsMapper<>(ms, dialect, engine);
        }
        if (p instanceof Projection.Checked<R> c) { // a relation path read as a value: only such queries pay
            RowMapper<R> inner = of(c.inner(), dialect, engine);
            int flag = c.inner().items().size();
            return row -> {
                if (row.value(flag) instanceof Number n && n.intValue() == 1) {
                    throw c.failure().get();
                }
                return inner.map(row);
            };
        }
        Projection.Rows rows = (Projection.Rows) p;
        List<SelectItem> items = rows.items();
        return (RowMapper<R>) (RowMapper<Row>) row -> {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                Expr e = items.get(i).expr();
                values.put(items.get(i).alias(), value(dialect, row.value(i), e.type(), javaType(e)));
            }
            return new Row(values);
        };
    }

    /** A driver value converted to {@code type} (through the dialect, then numeric widening/narrowing). */
    static <V> V value(Dialect dialect, Object raw, ColumnType t, Class<V> type) {
        if (raw == null) {
            return null;
        }
        Object v = t == null ? raw : dialect.fromDb(raw, t, type);
        if (type == Object.class || type == Enum.class) {
            return type.cast(v);
        }
        return Values.convert(v, type);
    }

    static Class<?> javaType(Expr e) {
        if (e instanceof ColumnRef c) {
            return box(c.column().javaType());
        }
        ColumnType t = e.type();
        if (t == null) {
            return Object.class;
        }
        return switch (t) {
            case SHORT -> Short.class;
            case INT -> Integer.class;
            case LONG -> Long.class;
            case FLOAT -> Float.class;
            case DOUBLE -> Double.class;
            case BOOLEAN -> Boolean.class;
            case STRING -> String.class;
            case DECIMAL -> BigDecimal.class;
            case OFFSET_DATE_TIME -> OffsetDateTime.class;
            case INSTANT -> Instant.class;
            case LOCAL_DATE_TIME -> LocalDateTime.class;
            case LOCAL_DATE -> LocalDate.class;
            case LOCAL_TIME -> LocalTime.class;
            case UUID -> java.util.UUID.class; // checkstyle:allow-fqn
            case BYTES -> byte[].class;
            case ENUM, JSON -> Object.class;
        };
    }

    static Class<?> box(Class<?> c) {
        return JavaTypes.box(c);
    }

    /**
     * The constructor of each projection as a handle taking an {@code Object[]}, made once: unreflecting and
     * spreading per query cost more than mapping 20 rows (join benchmark).
     */
    private static final ConcurrentHashMap<Constructor<?>, Function<Object[], Object>> CALLERS =
            new ConcurrentHashMap<>();
    /** Each constructor's parameter types (never modified: shared by the mappers). */
    private static final ConcurrentHashMap<Constructor<?>, Class<?>[]> PARAMS = new ConcurrentHashMap<>();

    /**
     * Calls {@code ctor} with an array of arguments: a generated class ({@link ConstructorGenerator}: casts and
     * one constructor call), else a spread method handle.
     */
    private static Function<Object[], Object> caller(Constructor<?> ctor) {
        Function<Object[], Object> generated = ConstructorGenerator.caller(ctor);
        if (generated != null) {
            return generated;
        }
        MethodHandle mh = spreader(ctor);
        return values -> {
            try {
                return mh.invokeExact(values);
            } catch (Throwable t) {
                throw t instanceof RuntimeException re ? re : new IllegalStateException(t);
            }
        };
    }

    private static MethodHandle spreader(Constructor<?> ctor) {
        try {
            ModuleOpens.setAccessible(ctor, "call the constructor of");
            // (Object[])Object, so that each row calls invokeExact (no per-call type adaptation)
            return MethodHandles.lookup()
                    .unreflectConstructor(ctor)
                    .asSpreader(Object[].class, ctor.getParameterCount())
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot call the constructor " + ctor + " of the projection: " + e, e);
        }
    }

    private static <R> RowMapper<R> constructor(Projection.Constructor<R> c, Dialect dialect) {
        Constructor<?> ctor = findConstructor(c);
        Class<?>[] params = PARAMS.computeIfAbsent(ctor, Constructor::getParameterTypes);
        Function<Object[], Object> call = CALLERS.computeIfAbsent(ctor, ProjectionMappers::caller);
        List<Expr> args = c.args();
        // what each argument needs, worked out once per query rather than once per row
        int n = params.length;
        ColumnType[] types = new ColumnType[n];
        Class<?>[] targets = new Class<?>[n];
        boolean[] primitive = new boolean[n];
        // a driver value already of the class the expression's type reads as, and the parameter wants, is
        // used as it is: fromDb returns such a value unchanged (as ModelMapper relies on for columns)
        Class<?>[] asIs = new Class<?>[n];
        for (int i = 0; i < n; i++) {
            Expr e = args.get(i);
            Class<?> want = box(params[i]);
            Class<?> natural = javaType(e);
            types[i] = e.type();
            targets[i] = want == Object.class ? natural : want;
            primitive[i] = params[i].isPrimitive();
            asIs[i] = natural == targets[i] && natural != Object.class ? natural : null;
        }
        return row -> {
            Object[] values = new Object[n];
            for (int i = 0; i < n; i++) {
                Object raw = row.raw(i);
                Object v = raw == null
                        ? null
                        : raw.getClass() == asIs[i] ? raw : value(dialect, row.normalise(raw), types[i], targets[i]);
                if (v == null && primitive[i]) {
                    throw new IllegalStateException("NULL for the primitive parameter " + i + " (" + params[i] + ") of "
                            + c.type().getName() + "; use a boxed type for nullable columns");
                }
                values[i] = v;
            }
            @SuppressWarnings("unchecked")
            R r = (R) call.apply(values);
            return r;
        };
    }

    /** A projection's constructor by class and declared parameter types, looked up once (reflection copies arrays). */
    private record CtorKey(Class<?> type, List<Class<?>> argTypes, int arity) {}

    private static final ConcurrentHashMap<CtorKey, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private static Constructor<?> findConstructor(Projection.Constructor<?> c) {
        CtorKey key = new CtorKey(c.type(), c.argTypes(), c.args().size());
        Constructor<?> ctor = CONSTRUCTORS.get(key);
        if (ctor == null) {
            ctor = lookUpConstructor(c);
            if (CONSTRUCTORS.size() < 4096) {
                CONSTRUCTORS.put(key, ctor);
            }
        }
        return ctor;
    }

    private static Constructor<?> lookUpConstructor(Projection.Constructor<?> c) {
        Constructor<?> found = null;
        for (Constructor<?> k : c.type().getDeclaredConstructors()) {
            if (k.getParameterCount() != c.args().size()) {
                continue;
            }
            if (!c.argTypes().isEmpty() && List.of(k.getParameterTypes()).equals(c.argTypes())) {
                return k;
            }
            found = found == null ? k : found;
        }
        if (found == null) {
            throw new IllegalArgumentException(c.type().getName() + " has no constructor taking "
                    + c.args().size() + " values");
        }
        return found;
    }
}
