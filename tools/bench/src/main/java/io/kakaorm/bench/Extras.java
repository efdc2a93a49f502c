package io.kakaorm.bench;

import io.kakaorm.bench.load.Comparison;
import io.vertx.core.Vertx;
import java.util.List;

/** The workloads that wait for the decoder and query parts (filled in when they land). */
final class Extras {
    private Extras() {
    }

    static void lambda(BenchArgs args) {
        System.out.println("lambda: not yet (waits for io.kakaorm.lambda.LambdaDecoder)");
    }

    static List<Comparison> list20(Vertx vertx, BenchArgs args) {
        System.out.println("list20: not yet (waits for db.from(...).where(...).list())");
        return List.of();
    }
}
