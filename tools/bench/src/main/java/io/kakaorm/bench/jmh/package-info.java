/**
 * JMH micro-benchmarks (field access for hydration, lambda → SQL translation) and
 * {@link io.kakaorm.bench.jmh.JmhLauncher}, which runs one of them and prints ratios against its baseline.
 */
package io.kakaorm.bench.jmh;
