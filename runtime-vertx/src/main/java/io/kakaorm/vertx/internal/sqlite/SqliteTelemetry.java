package io.kakaorm.vertx.internal.sqlite;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.vertx.ConnectOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.spi.metrics.ClientMetrics;
import io.vertx.core.spi.metrics.VertxMetrics;
import io.vertx.core.spi.tracing.SpanKind;
import io.vertx.core.spi.tracing.TagExtractor;
import io.vertx.core.spi.tracing.VertxTracer;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.sqlclient.SqlConnectOptions;
import java.util.function.Supplier;

/**
 * Reports SQLite statements through Vert.x's own SPIs, as the Vert.x SQL clients report theirs: a client span
 * per statement from the Vert.x tracer ({@code vertx-opentelemetry}, …) tagged {@code db.system=sqlite},
 * {@code db.namespace}, {@code db.query.text} and {@code db.statement}, honouring the
 * {@link TracingPolicy} of the connect options (PROPAGATE by default: a span only inside a traced request);
 * and the {@code sql} client metrics of the Vert.x metrics SPI ({@code vertx-micrometer-metrics}: requests,
 * processing time, resets). Nothing is done when the Vert.x instance has neither. Thread-safe.
 */
final class SqliteTelemetry {
    /** The span's operation name, as the Vert.x SQL clients name theirs. */
    static final String OPERATION = "Query";

    private final VertxTracer<Object, Object> tracer;
    private final ClientMetrics<Object, Object, Object> metrics;
    private final TracingPolicy policy;
    private final String database;

    /** One statement as the tracer and the metrics see it. */
    record Request(String sql, String database) {}

    private static final TagExtractor<Request> TAGS = new TagExtractor<>() {
        private final String[] names = {"span.kind", "db.system", "db.namespace", "db.query.text", "db.statement"};

        @Override
        public int len(Request r) {
            return names.length;
        }

        @Override
        public String name(Request r, int i) {
            return names[i];
        }

        @Override
        public String value(Request r, int i) {
            return switch (i) {
                case 0 -> "client";
                case 1 -> "sqlite";
                case 2 -> r.database();
                default -> r.sql();
            };
        }
    };

    @SuppressWarnings("unchecked")
    SqliteTelemetry(Vertx vertx, ConnectOptions options) {
        SqlConnectOptions sql = new SqlConnectOptions();
        if (options.customizer() != null) {
            options.customizer().accept(sql);
        }
        this.policy = sql.getTracingPolicy() == null ? TracingPolicy.PROPAGATE : sql.getTracingPolicy();
        this.database = options.memory() || options.file() == null ? ":memory:" : options.file();
        VertxInternal vi = (VertxInternal) vertx;
        this.tracer = policy == TracingPolicy.IGNORE ? null : (VertxTracer<Object, Object>) vi.tracer();
        VertxMetrics vm = vi.metrics();
        this.metrics = vm == null
                ? null
                : (ClientMetrics<Object, Object, Object>) vm.createClientMetrics(
                        SocketAddress.domainSocketAddress(database), "sql", sql.getMetricsName());
    }

    /** Whether anything is reported (else {@link #report} only runs the statement). */
    boolean active() {
        return tracer != null || metrics != null;
    }

    /** Runs {@code statement} (the execution of {@code sql}) between the span's and the metrics' begin and end. */
    <T> Future<T> report(Vertx vertx, CompiledSql sql, Supplier<Future<T>> statement) {
        if (tracer == null && metrics == null) {
            return statement.get();
        }
        ContextInternal ctx = (ContextInternal) vertx.getOrCreateContext();
        Request request = new Request(sql.sql(), database);
        Object span = tracer == null
                ? null
                : tracer.sendRequest(ctx, SpanKind.RPC, policy, request, OPERATION, (k, v) -> {}, TAGS);
        Object metric = null;
        if (metrics != null) {
            metric = metrics.requestBegin(sql.sql(), request);
            metrics.requestEnd(metric);
        }
        Object m = metric;
        Future<T> f;
        try {
            f = statement.get();
        } catch (RuntimeException e) {
            f = Future.failedFuture(e);
        }
        return f.andThen(r -> {
            if (tracer != null && span != null) {
                tracer.receiveResponse(ctx, r.result(), span, r.cause(), TagExtractor.empty());
            }
            if (metrics != null) {
                if (r.succeeded()) {
                    metrics.responseBegin(m, r.result());
                    metrics.responseEnd(m);
                } else {
                    metrics.requestReset(m);
                }
            }
        });
    }

    /** Releases the client metrics. */
    void close() {
        if (metrics != null) {
            metrics.close();
        }
    }
}
