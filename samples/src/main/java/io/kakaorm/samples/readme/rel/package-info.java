/**
 * The README's relations, prefetch, bulk and deletion-strategy sections: their models and examples,
 * run by the samples' tests on every database.
 */
package io.kakaorm.samples.readme.rel;
