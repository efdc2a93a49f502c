/**
 * Loopback load runs: a fixed number of asynchronous requests with many in flight
 * ({@link io.kakaorm.bench.load.LoadRun}), alternated between candidate and baseline over several rounds
 * ({@link io.kakaorm.bench.load.Rounds}) and reported as a median ratio ({@link io.kakaorm.bench.load.Comparison}).
 */
package io.kakaorm.bench.load;
