package io.kakaorm.bench.jmh;

import io.kakaorm.Filter;
import io.kakaorm.bench.model.Item;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.Dialects;
import io.kakaorm.lambda.DecodedLambda;
import io.kakaorm.lambda.LambdaDecoder;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Select;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 5 (micro): lambda → SQL.
 * <ul>
 * <li>{@code seenDecodeParams}: a call site seen before, new captured values each call: the decoder's
 *     cache lookup plus reading the captured values;</li>
 * <li>{@code seenToSql}: the same plus rendering the SELECT for PostgreSQL (what a query pays before it
 *     is sent);</li>
 * <li>{@code newCallSiteToSql}: a call site never seen before (a fresh copy of {@link FreshSite} in a new
 *     class loader per invocation, created outside the timed part), after warm-up: full translation
 *     (reading the class file, symbolic execution, tree) plus rendering.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LambdaBenchmark {
    private Dialect postgres;
    private ModelMeta<Item> meta;
    private int n;

    @Setup
    public void setup() {
        postgres = Dialects.forName("postgres");
        meta = ModelMeta.of(Item.class);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public Object[] seenDecodeParams() {
        int lo = n++ & 1023;
        Filter<Item> f = FreshSite.filter(lo, lo + 20, "cat-3");
        DecodedLambda d = LambdaDecoder.decode(f, Item.class);
        return d.params(f);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public CompiledSql seenToSql() {
        int lo = n++ & 1023;
        return toSql(FreshSite.filter(lo, lo + 20, "cat-3"));
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 12, time = 2) // each call runs the whole decoder once: it needs many calls to be compiled
    public CompiledSql newCallSiteToSql(FreshLambda fresh) {
        return toSql(fresh.lambda);
    }

    private CompiledSql toSql(Filter<Item> f) {
        DecodedLambda d = LambdaDecoder.decode(f, Item.class);
        return postgres.select(Select.from(meta).withWhere(d.expr()), d.params(f));
    }

    /** A lambda from a class loaded a moment ago: a call site the decoder has not seen. */
    @State(Scope.Thread)
    public static class FreshLambda {
        private byte[] bytes;
        Filter<Item> lambda;

        @Setup(Level.Trial)
        public void read() {
            bytes = FreshClassLoader.bytesOf(FreshSite.class);
        }

        @Setup(Level.Invocation)
        @SuppressWarnings("unchecked")
        public void load() throws Throwable {
            Class<?> site = FreshClassLoader.freshCopy(FreshSite.class, bytes);
            MethodHandle m = MethodHandles.publicLookup()
                    .findStatic(
                            site, "filter", MethodType.methodType(Filter.class, int.class, int.class, String.class));
            lambda = (Filter<Item>) m.invoke(1, 21, "cat-3");
        }
    }
}
