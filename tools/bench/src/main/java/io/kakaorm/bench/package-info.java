/**
 * The benchmark harness: {@link io.kakaorm.bench.BenchMain} dispatches a workload name to a loopback
 * load run ({@code workload}) or a JMH benchmark ({@code jmh}). Every figure is a ratio against a
 * baseline measured in the same run.
 */
package io.kakaorm.bench;
