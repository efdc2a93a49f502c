package io.kakaorm.bench.jmh;

import io.kakaorm.bench.model.Item;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.Dialects;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.vertx.internal.exec.DbRow;
import io.kakaorm.vertx.internal.query.ModelMapper;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hydration step alone, without a driver: 1000 rows of driver values (the objects the PostgreSQL
 * client returns for {@code kkbench_item}) mapped into {@link Item}s by the runtime's {@link ModelMapper}
 * against the same values mapped by hand. Reported per row. Explains workload 2's gap.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MappingBenchmark {
    private static final int ROWS = 1000;

    @Param({"postgres"})
    public String dialect;

    private Object[][] rows;
    private ModelMapper<Item> mapper;
    private ArrayRow view;
    private Dialect d;
    private io.kakaorm.meta.ColumnMeta[] columns;
    private RowAccess access;

    @Setup
    public void setup() {
        d = Dialects.forName(dialect);
        mapper = new ModelMapper<>(ModelMeta.of(Item.class), d, null);
        columns = ModelMeta.of(Item.class).columns().toArray(new io.kakaorm.meta.ColumnMeta[0]);
        java.util.List<java.lang.reflect.Field> fields = new java.util.ArrayList<>();
        for (io.kakaorm.meta.ColumnMeta c : columns) {
            fields.add(field(c.fieldName()));
        }
        access = RowAccessGenerator.of(Item.class, fields);
        view = new ArrayRow();
        rows = new Object[ROWS][];
        for (int i = 1; i <= ROWS; i++) {
            Item it = new Item().fill(i);
            rows[i - 1] = new Object[] {(long) i, it.name, it.category, it.quantity, it.price, it.active, it.createdAt};
        }
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public Item[] ormModelMapper() {
        Item[] out = new Item[ROWS];
        for (int i = 0; i < ROWS; i++) {
            out[i] = mapper.map(view.at(rows[i]));
        }
        return out;
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public Item[] byHand() {
        Item[] out = new Item[ROWS];
        for (int i = 0; i < ROWS; i++) {
            DbRow r = view.at(rows[i]);
            Item it = new Item();
            it.id = (Long) r.value(0);
            it.name = (String) r.value(1);
            it.category = (String) r.value(2);
            it.quantity = (Integer) r.value(3);
            it.price = (Double) r.value(4);
            it.active = (Boolean) r.value(5);
            it.createdAt = (LocalDateTime) r.value(6);
            out[i] = it;
        }
        return out;
    }

    /** What-if (a): the runtime's mapping with the generated per-model accessor instead of MethodHandles. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public Item[] whatIfGeneratedAccessor() {
        Item[] out = new Item[ROWS];
        for (int i = 0; i < ROWS; i++) {
            DbRow r = view.at(rows[i]);
            Item it = new Item();
            for (int c = 0; c < columns.length; c++) {
                io.kakaorm.meta.ColumnMeta col = columns[c];
                access.set(it, c, d.fromDb(r.value(c), col.type(), col.javaType()));
            }
            out[i] = it;
        }
        return out;
    }

    /**
     * What-if (a)+(b): generated accessor, and no per-value conversion because every driver value here
     * already has the column's Java type (a mapper that decides per column once would see that).
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public Item[] whatIfGeneratedNoConversion() {
        Item[] out = new Item[ROWS];
        for (int i = 0; i < ROWS; i++) {
            DbRow r = view.at(rows[i]);
            Item it = new Item();
            for (int c = 0; c < columns.length; c++) {
                access.set(it, c, r.value(c));
            }
            out[i] = it;
        }
        return out;
    }

    private static java.lang.reflect.Field field(String name) {
        for (Class<?> c = Item.class; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new IllegalStateException("no field " + name);
    }

    /** A row over an array, like the runtime's reusable row views. */
    static final class ArrayRow implements DbRow {
        private Object[] values;

        ArrayRow at(Object[] v) {
            values = v;
            return this;
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public String name(int i) {
            return "c" + i;
        }

        @Override
        public Object value(int i) {
            return values[i];
        }
    }
}
