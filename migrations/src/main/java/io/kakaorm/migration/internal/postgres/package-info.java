/** Schema reading, spelling rules, DDL and lock of one database. Not API. */
package io.kakaorm.migration.internal.postgres;
