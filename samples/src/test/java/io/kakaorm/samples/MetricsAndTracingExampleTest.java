package io.kakaorm.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.tracing.opentelemetry.OpenTelemetryOptions;
import io.vertx.tracing.opentelemetry.OpenTelemetryTracingFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The README's "Metrics and tracing" example, run on every database. */
@ExtendWith(TestDatabases.class)
class MetricsAndTracingExampleTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void metricsAndTracingExample(TestDb which) {
        ConnectOptions options = TestDatabases.options(which);
        InMemorySpanExporter exporter = InMemorySpanExporter.create();
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                .build();
        OpenTelemetry openTelemetry =
                OpenTelemetrySdk.builder().setTracerProvider(provider).build();

        // tag::metrics-tracing[]
        MeterRegistry registry = new SimpleMeterRegistry();            // or Prometheus, OTLP, … (Micrometer)
        Vertx vertx = Vertx.builder()
                .with(new VertxOptions()
                        .setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true))
                        .setTracingOptions(new OpenTelemetryOptions()))
                .withMetrics(new MicrometerMetricsFactory(registry))     // vertx-micrometer-metrics
                .withTracer(new OpenTelemetryTracingFactory(openTelemetry)) // vertx-opentelemetry
                .build();
        Database db = KakaORM.connect(vertx, options
                .withCustomizer(o -> o.setTracingPolicy(TracingPolicy.ALWAYS))) // default PROPAGATE: inside traces only
                .await();
        db.fetch("SELECT 1").await();
        // registry: vertx.sql.processing.time, vertx.sql.processing.pending, vertx.sql.resets
        // spans: "Query", kind CLIENT, with db.system, db.namespace and db.query.text
        // end::metrics-tracing[]

        try {
            long timed = registry.find("vertx.sql.processing.time").timers().stream()
                    .mapToLong(Timer::count)
                    .sum();
            assertTrue(timed >= 1, "statements timed: " + timed);
            SpanData span = exporter.getFinishedSpanItems().stream()
                    .filter(s -> "SELECT 1".equals(s.getAttributes().get(AttributeKey.stringKey("db.query.text"))))
                    .findFirst()
                    .orElseThrow();
            assertEquals("Query", span.getName());
            assertTrue(span.getAttributes().get(AttributeKey.stringKey("db.system")) != null);
        } finally {
            db.disconnect().await();
            vertx.close().await();
            provider.close();
        }
    }
}
