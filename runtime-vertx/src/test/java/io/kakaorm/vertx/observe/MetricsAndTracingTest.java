package io.kakaorm.vertx.observe;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.tracing.opentelemetry.OpenTelemetryOptions;
import io.vertx.tracing.opentelemetry.OpenTelemetryTracingFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Metrics and tracing come through Vert.x's own SPIs on every database: with {@code vertx-micrometer-metrics}
 * the SQL client metrics land in the MeterRegistry, with {@code vertx-opentelemetry} every statement is a
 * client span carrying {@code db.system} and the statement text — the PostgreSQL and MariaDB pools report them
 * themselves, the SQLite adapter reports the same.
 */
@ExtendWith(TestDatabases.class)
class MetricsAndTracingTest {
    private static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("db.system");
    private static final AttributeKey<String> QUERY_TEXT = AttributeKey.stringKey("db.query.text");

    private MeterRegistry registry;
    private InMemorySpanExporter spans;
    private SdkTracerProvider tracing;
    private OpenTelemetrySdk otel;
    private Vertx vertx;
    private final List<Database> opened = new ArrayList<>();

    @BeforeEach
    void observedVertx() {
        registry = new SimpleMeterRegistry();
        spans = InMemorySpanExporter.create();
        tracing = SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(spans))
                .build();
        otel = OpenTelemetrySdk.builder().setTracerProvider(tracing).build();
        vertx = Vertx.builder()
                .with(new VertxOptions()
                        .setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true))
                        .setTracingOptions(new OpenTelemetryOptions()))
                .withMetrics(new MicrometerMetricsFactory(registry))
                .withTracer(new OpenTelemetryTracingFactory(otel))
                .build();
    }

    @AfterEach
    void close() {
        opened.forEach(db -> await(db.disconnect()));
        await(vertx.close());
        tracing.close();
    }

    private Database connect(TestDb which, TracingPolicy policy) {
        Database db = await(
                KakaORM.connect(vertx, TestDatabases.options(which).withCustomizer(o -> o.setTracingPolicy(policy))));
        opened.add(db); // closed before its Vert.x instance
        return db;
    }

    private static String expectedSystem(TestDb which) {
        return switch (which) {
            case POSTGRES -> "postgresql";
            case MYSQL -> "mariadb"; // what the MySQL client reports for a MariaDB server
            case SQLITE -> "sqlite";
        };
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void everyStatementIsASpanWithTheSystemAndTheStatement(TestDb which) {
        Database db = connect(which, TracingPolicy.ALWAYS);
        await(db.execute("CREATE TABLE traced (id INTEGER PRIMARY KEY, name VARCHAR(20))"));
        await(db.execute("INSERT INTO traced (id, name) VALUES (1, 'a')"));
        await(db.fetch("SELECT name FROM traced WHERE id = 1"));
        await(db.transaction(tx -> tx.execute("INSERT INTO traced (id, name) VALUES (2, 'b')")));

        List<SpanData> done = spans.getFinishedSpanItems();
        List<String> statements =
                done.stream().map(s -> s.getAttributes().get(QUERY_TEXT)).toList();
        assertTrue(statements.contains("SELECT name FROM traced WHERE id = 1"), () -> "spans: " + statements);
        assertTrue(
                statements.stream().anyMatch(s -> s != null && s.contains("VALUES (2, 'b')")),
                () -> "spans: " + statements);
        for (SpanData s : done) {
            assertEquals(expectedSystem(which), s.getAttributes().get(SYSTEM), () -> s.toString());
            assertEquals(SpanKind.CLIENT, s.getKind(), () -> s.toString());
        }
        if (which == TestDb.SQLITE) { // the attribute the issue names, kept beside the clients' db.query.text
            assertTrue(done.stream()
                    .allMatch(s -> s.getAttributes()
                            .get(QUERY_TEXT)
                            .equals(s.getAttributes().get(AttributeKey.stringKey("db.statement")))));
            assertTrue(statements.contains("BEGIN IMMEDIATE") && statements.contains("COMMIT"), () -> "" + statements);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void aFailedStatementsSpanRecordsTheException(TestDb which) {
        Database db = connect(which, TracingPolicy.ALWAYS);
        assertTrue(TestDatabases.awaitFailure(db.fetch("SELECT * FROM no_such_table")) instanceof RuntimeException);
        SpanData failed = spans.getFinishedSpanItems().stream()
                .filter(s ->
                        "SELECT * FROM no_such_table".equals(s.getAttributes().get(QUERY_TEXT)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no span in " + spans.getFinishedSpanItems()));
        assertEquals(
                List.of("exception"),
                failed.getEvents().stream().map(e -> e.getName()).toList(),
                failed::toString);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void withThePropagatePolicy_onlyStatementsInsideATraceAreSpans(TestDb which) {
        Database db = connect(which, TracingPolicy.PROPAGATE);
        await(db.fetch("SELECT 1"));
        assertEquals(List.of(), spans.getFinishedSpanItems(), "no trace is active, so no span (as the clients do)");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void withThePropagatePolicy_statementsInsideATraceAreItsChildSpans(TestDb which) {
        Database db = connect(which, TracingPolicy.PROPAGATE);
        Span request = otel.getTracer("test").spanBuilder("GET /things").startSpan();
        Context ctx = vertx.getOrCreateContext();
        Promise<Object> done = Promise.promise();
        ctx.runOnContext(v -> {
            try (Scope scope = request.makeCurrent()) {
                db.fetch("SELECT 2").<Object>map(rows -> rows).onComplete(done);
            }
        });
        await(done.future());
        request.end();
        SpanData statement = spans.getFinishedSpanItems().stream()
                .filter(s -> "SELECT 2".equals(s.getAttributes().get(QUERY_TEXT)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no statement span in " + spans.getFinishedSpanItems()));
        assertEquals(request.getSpanContext().getSpanId(), statement.getParentSpanId());
        assertEquals(request.getSpanContext().getTraceId(), statement.getTraceId());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void theSqlClientMetricsCountAndTimeEveryStatement(TestDb which) {
        Database db = connect(which, TracingPolicy.IGNORE);
        int before = sqlRequests();
        for (int i = 0; i < 5; i++) {
            await(db.fetch("SELECT " + i));
        }
        assertTrue(TestDatabases.awaitFailure(db.fetch("SELECT * FROM no_such_table")) != null);
        int after = sqlRequests();
        assertTrue(after - before >= 5, () -> "requests " + before + " → " + after + "; meters: " + meters());
        assertTrue(spans.getFinishedSpanItems().isEmpty(), "TracingPolicy.IGNORE: no span");
        double resets = registry.find("vertx.sql.resets").counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
        assertTrue(resets >= 1, () -> "the failed statement is a reset; meters: " + meters());
    }

    private int sqlRequests() {
        return (int) registry.find("vertx.sql.processing.time").timers().stream()
                .mapToLong(Timer::count)
                .sum();
    }

    private String meters() {
        return registry.getMeters().stream()
                .map(Meter::getId)
                .map(id -> id.getName() + id.getTags())
                .filter(s -> s.contains("sql"))
                .collect(Collectors.joining(", "));
    }
}
