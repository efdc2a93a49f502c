package io.kakaorm.bench.workload;

import io.kakaorm.bench.BenchArgs;
import io.kakaorm.bench.load.Comparison;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a server workload on each configured server database (PostgreSQL, then MariaDB). */
public final class ServerWorkloads {
    private ServerWorkloads() {}

    /** A workload measured on one server database. */
    @FunctionalInterface
    public interface OnServer {
        List<Comparison> run(Vertx vertx, ServerTarget target, BenchArgs args);
    }

    /** Runs {@code workload} on every server database given in {@code args}. */
    public static List<Comparison> each(Vertx vertx, BenchArgs args, OnServer workload) {
        return each(vertx, args, workload, true);
    }

    /** Like {@link #each(Vertx, BenchArgs, OnServer)}; without {@code withOrm} only the raw pools are opened. */
    public static List<Comparison> each(Vertx vertx, BenchArgs args, OnServer workload, boolean withOrm) {
        Map<String, String> urls = new LinkedHashMap<>();
        if (args.pgUrl() != null) {
            urls.put("postgres", args.pgUrl());
        }
        if (args.mysqlUrl() != null) {
            urls.put("mysql", args.mysqlUrl());
        }
        List<Comparison> out = new ArrayList<>();
        for (String url : urls.values()) {
            try (ServerTarget target = ServerTarget.open(vertx, url, args.poolSize(), withOrm)) {
                out.addAll(workload.run(vertx, target, args));
            }
        }
        return out;
    }
}
