/**
 * Statements as data: {@link io.kakaorm.query.Select}, {@link io.kakaorm.query.Update},
 * {@link io.kakaorm.query.Delete}, {@link io.kakaorm.query.Insert} and their parts, plus the
 * {@link io.kakaorm.query.Projection} that says how result rows become objects. Built by
 * {@link io.kakaorm.Query}, rendered by the dialects, run by the runtime.
 */
package io.kakaorm.query;
