/**
 * The benchmark model ({@link io.kakaorm.bench.model.Item}, table {@code kkbench_item}), its hand-written
 * mapping used by the raw baselines, and the table set-up.
 */
package io.kakaorm.bench.model;
