/**
 * What the sibling modules need of a {@code Database} beyond its API ({@link io.kakaorm.vertx.spi.DatabaseAccess}).
 * Exported only to {@code io.kakaorm.migrations}; not API.
 */
package io.kakaorm.vertx.spi;
