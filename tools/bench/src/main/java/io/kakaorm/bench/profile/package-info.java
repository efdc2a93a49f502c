/** Reading JFR recordings of a benchmark run into a short "where the time goes" summary. */
package io.kakaorm.bench.profile;
