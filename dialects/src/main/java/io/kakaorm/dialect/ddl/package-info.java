/**
 * Tables as data and their DDL: the one mapping from a model to a {@link io.kakaorm.dialect.ddl.TableDef}
 * ({@link io.kakaorm.dialect.ddl.ModelTables}), the one place constraint and index names are made
 * ({@link io.kakaorm.dialect.ddl.ConstraintNames}), and the one CREATE TABLE / CREATE INDEX / foreign-key
 * writer per database ({@link io.kakaorm.dialect.ddl.TableDdl}). {@code db.createTable()} and the
 * migrations both use them, so a table made either way reads back the same.
 */
package io.kakaorm.dialect.ddl;
