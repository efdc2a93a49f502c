package io.kakaorm.bench.jmh;

import io.kakaorm.bench.model.Item;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.FieldAccessor;
import io.kakaorm.meta.FieldAccessors;
import io.kakaorm.meta.ModelMeta;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Workload 4: filling one {@link Item} from a row of 7 boxed values (what hydration does per row) and
 * reading its 7 fields back (what INSERT/UPDATE do), with accessors held in an array as the runtime holds
 * them in {@code ColumnMeta} — so the JIT cannot treat a handle as a constant.
 * {@code direct} is hand-written field code, the floor. {@code GeneratedColumns} is what KakaORM ships:
 * each column's {@code ColumnMeta.accessor()}, backed by the one class per model that
 * {@code io.kakaorm.meta.AccessorGenerator} generates.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FieldAccessBenchmark {
    private Object[] row;
    private Item source;
    private FieldAccessor[] methodHandle;
    private FieldAccessor[] reflection;
    private FieldAccessor[] byteBuddy;
    private FieldAccessor[] generatedColumns;

    @Setup
    public void setup() throws Exception {
        List<ColumnMeta> cols = ModelMeta.of(Item.class).columns();
        int n = cols.size();
        row = new Object[n];
        methodHandle = new FieldAccessor[n];
        reflection = new FieldAccessor[n];
        byteBuddy = new FieldAccessor[n];
        generatedColumns = new FieldAccessor[n];
        source = new Item().fill(42);
        source.id = 42L;
        for (int i = 0; i < n; i++) {
            Field f = field(cols.get(i).fieldName());
            methodHandle[i] = FieldAccessors.of(f);
            reflection[i] = new ReflectionAccessor(f);
            byteBuddy[i] = ByteBuddyAccessors.of(f);
            row[i] = f.get(source);
        }
        for (int i = 0; i < n; i++) {
            generatedColumns[i] = cols.get(i).accessor();
        }
        if (n != 7 || !(row[0] instanceof Long) || !(row[1] instanceof String)) {
            throw new IllegalStateException("column order changed; update hydrateDirect: " + cols);
        }
    }

    private static Field field(String name) throws NoSuchFieldException {
        for (Class<?> c = Item.class; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new NoSuchFieldException(name);
    }

    @Benchmark
    public Item hydrateDirect() {
        Object[] v = row;
        Item it = new Item();
        it.id = (Long) v[0];
        it.name = (String) v[1];
        it.category = (String) v[2];
        it.quantity = (Integer) v[3];
        it.price = (Double) v[4];
        it.active = (Boolean) v[5];
        it.createdAt = (LocalDateTime) v[6];
        return it;
    }

    @Benchmark
    public Item hydrateMethodHandle() {
        return hydrate(methodHandle);
    }

    @Benchmark
    public Item hydrateReflection() {
        return hydrate(reflection);
    }

    @Benchmark
    public Item hydrateByteBuddy() {
        return hydrate(byteBuddy);
    }

    @Benchmark
    public Item hydrateGeneratedColumns() {
        return hydrate(generatedColumns);
    }

    private Item hydrate(FieldAccessor[] acc) {
        Object[] v = row;
        Item it = new Item();
        for (int i = 0; i < acc.length; i++) {
            acc[i].set(it, v[i]);
        }
        return it;
    }

    @Benchmark
    public void readDirect(Blackhole bh) {
        Item s = source;
        bh.consume(s.id);
        bh.consume(s.name);
        bh.consume(s.category);
        bh.consume((Object) s.quantity);
        bh.consume((Object) s.price);
        bh.consume((Object) s.active);
        bh.consume(s.createdAt);
    }

    @Benchmark
    public void readMethodHandle(Blackhole bh) {
        read(methodHandle, bh);
    }

    @Benchmark
    public void readReflection(Blackhole bh) {
        read(reflection, bh);
    }

    @Benchmark
    public void readByteBuddy(Blackhole bh) {
        read(byteBuddy, bh);
    }

    @Benchmark
    public void readGeneratedColumns(Blackhole bh) {
        read(generatedColumns, bh);
    }

    private void read(FieldAccessor[] acc, Blackhole bh) {
        Item s = source;
        for (int i = 0; i < acc.length; i++) {
            bh.consume(acc[i].get(s));
        }
    }
}
