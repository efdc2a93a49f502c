package io.kakaorm.dialect;

import io.kakaorm.dialect.ddl.TableDdl;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Delete;
import io.kakaorm.query.Insert;
import io.kakaorm.query.InsertSelect;
import io.kakaorm.query.Select;
import io.kakaorm.query.Update;
import java.util.List;
import java.util.Set;

/**
 * One database's SQL: statements from the query model, DDL from model metadata, identifier quoting,
 * placeholders and value conversion. Implementations are stateless apart from caches and thread-safe.
 *
 * <p>{@code params} arrays hold the Java values of the statement's {@code Param} slots; the dialect
 * converts them with {@link #toDb(Object)} into the returned {@link CompiledSql#binds()}.
 */
public interface Dialect {
    /** {@code postgres}, {@code mysql} or {@code sqlite}. */
    String name();

    /** What this database can do. */
    DialectFeatures features();

    /**
     * Other names this dialect answers to in {@link Dialects#forName(String)} (as {@code postgresql} for
     * {@code postgres}); none by default.
     */
    default Set<String> aliases() {
        return Set.of();
    }

    /**
     * A SELECT of the tables (column {@code t}, other than the table itself) whose foreign keys reference the
     * table named by its one {@code ?} parameter, for {@code Database.truncate}; {@code null} when this database
     * cannot say (truncate() is then refused).
     */
    default String referencingTables() {
        return null;
    }

    /** The statement that opens a savepoint called {@code name} inside a transaction. */
    default String savepoint(String name) {
        return "SAVEPOINT " + name;
    }

    /** The statement that releases (keeps the work of) the savepoint {@code name}. */
    default String releaseSavepoint(String name) {
        return "RELEASE SAVEPOINT " + name;
    }

    /** The statement that undoes the work since the savepoint {@code name}. */
    default String rollbackToSavepoint(String name) {
        return "ROLLBACK TO SAVEPOINT " + name;
    }

    /** The identifier quoted for this database ({@code "x"} or {@code `x`}), embedded quotes doubled. */
    String quote(String identifier);

    /** Raw SQL written with {@code ?} placeholders in this dialect's style ({@code $1…} on PostgreSQL); a {@code ?} inside a string literal, quoted identifier or comment is left alone. */
    String placeholders(String sqlWithQuestionMarks);

    /** SELECT … */
    CompiledSql select(Select select, Object[] params);

    /** SELECT COUNT(*) over the statement (a subquery where LIMIT/OFFSET need it). */
    CompiledSql count(Select select, Object[] params);

    /** INSERT of one row; {@code values[i]} is the value of {@code insert.columns().get(i)}. */
    CompiledSql insert(Insert insert, Object[] values);

    /** UPDATE … SET … WHERE … */
    CompiledSql update(Update update, Object[] params);

    /** INSERT INTO target (columns) SELECT … */
    default CompiledSql insertSelect(InsertSelect insert, Object[] params) {
        throw new UnsupportedOperationException("INSERT … SELECT on " + name());
    }

    /** DELETE FROM … WHERE … */
    CompiledSql delete(Delete delete, Object[] params);

    /** CREATE TABLE (columns, PK, UNIQUE, CHECK, FKs) followed by its CREATE INDEX statements. */
    List<String> createTable(ModelMeta<?> model, boolean ifNotExists);

    /** DROP TABLE. */
    List<String> dropTable(ModelMeta<?> model, boolean ifExists);

    /**
     * This database's DDL writer: the model → table mapping and CREATE TABLE / CREATE INDEX / foreign keys,
     * shared by {@link #createTable} and the migrations.
     */
    TableDdl ddl();

    /**
     * The SQL type of a column on this database, e.g. {@code VARCHAR(255)}, judged from the column alone
     * (a column that is only in a composite index may get another type from {@link #sqlType(ModelMeta,
     * io.kakaorm.meta.ColumnMeta)}, which is what {@link #createTable} writes).
     */
    String sqlType(ColumnMeta column);

    /**
     * The SQL type of a column of {@code model} as {@link #createTable} writes it: MySQL gives a string in
     * any key or index a bounded VARCHAR, since it cannot index unbounded text.
     */
    default String sqlType(ModelMeta<?> model, ColumnMeta column) {
        return sqlType(column);
    }

    /** A Java value converted to what this database's driver binds (enum → name, UUID → text on MySQL, …). */
    Object toDb(Object javaValue);

    /**
     * The value a column of this database keeps for {@code javaValue}, as a Java value of the column's
     * type: what reading it back returns (times to microseconds, an {@code OffsetDateTime} at UTC,
     * decimals rounded half-up to the column's scale, …). Saving a model stores this value in its field
     * too, so the instance equals a fresh read. {@code null} stays {@code null}.
     */
    default Object normalise(ColumnMeta column, Object javaValue) {
        return javaValue;
    }

    /**
     * A value as the driver returned it converted to the Java type of a column ({@code 1} → {@code true}
     * on MySQL/SQLite, text → {@link java.math.BigDecimal} on SQLite, …). {@code null} stays {@code null},
     * and a value whose class already is the column's (boxed) Java type is returned as it is.
     */
    Object fromDb(Object dbValue, ColumnType type, Class<?> javaType);

    /**
     * The conversion {@link #fromDb} applies to a column of {@code type} / {@code javaType}, chosen once:
     * hot paths (hydrating many rows) call {@link ValueReader#read} per value instead of {@code fromDb}.
     * The results are the same as {@code fromDb}'s.
     */
    default ValueReader reader(ColumnType type, Class<?> javaType) {
        return v -> fromDb(v, type, javaType);
    }

    /**
     * Whether a bind parameter may be an array that SQL can {@code UNNEST} (PostgreSQL): bulk inserts
     * then send one array per column instead of one parameter per value.
     */
    default boolean arrayParameters() {
        return false;
    }
}
