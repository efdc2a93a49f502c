/**
 * The shared ANSI layer the dialects extend: {@link io.kakaorm.dialect.sql.SqlRenderer} (expressions with
 * Java semantics), {@link io.kakaorm.dialect.sql.StatementWriter} (statements),
 * {@link io.kakaorm.dialect.sql.SqlTypes} (DDL: {@link io.kakaorm.dialect.ddl.TableDdl}) and the
 * {@link io.kakaorm.dialect.sql.SqlWriter} they write into.
 */
package io.kakaorm.dialect.sql;
