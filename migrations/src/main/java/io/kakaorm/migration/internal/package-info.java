/**
 * Plumbing of the migrator: per-database schema reading and DDL ({@code postgres}, {@code mysql},
 * {@code sqlite}), migration files, the history table and the lock. Not API.
 */
package io.kakaorm.migration.internal;
