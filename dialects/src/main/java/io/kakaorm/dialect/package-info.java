/**
 * The SQL dialects: {@link io.kakaorm.dialect.Dialect} turns the query model into SQL and binds for
 * one database, writes its DDL and converts values; {@link io.kakaorm.dialect.Dialects#forName(String)}
 * picks one. Implementations live in {@code .postgres}, {@code .mysql} and {@code .sqlite} over the
 * shared ANSI renderer of {@code .sql}.
 */
package io.kakaorm.dialect;
