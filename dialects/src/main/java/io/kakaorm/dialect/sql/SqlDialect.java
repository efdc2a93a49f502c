package io.kakaorm.dialect.sql;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.DialectFeatures;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ColumnType;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Delete;
import io.kakaorm.query.Insert;
import io.kakaorm.query.Select;
import io.kakaorm.query.Update;
import java.util.List;

/**
 * A {@link Dialect} assembled from its parts: a renderer per statement, a type mapping and a DDL
 * writer. Subclasses name the parts; they hold no state, so a dialect is thread-safe.
 */
public abstract class SqlDialect implements Dialect {
    private static final Object[] NO_VALUES = {};
    private final String name;
    private final DialectFeatures features;
    private final SqlTypes types;
    private final SqlDdl ddl;

    protected SqlDialect(String name, DialectFeatures features, SqlTypes types, SqlDdl ddl) {
        this.name = name;
        this.features = features;
        this.types = types;
        this.ddl = ddl;
    }

    /** A renderer for one statement writing into {@code writer} with parameter values {@code params}. */
    protected abstract SqlRenderer renderer(SqlWriter writer, Object[] params);

    @Override
    public String name() {
        return name;
    }

    @Override
    public DialectFeatures features() {
        return features;
    }

    /** The type mapping of this database. */
    public SqlTypes types() {
        return types;
    }

    @Override
    public String quote(String identifier) {
        return renderer(new SqlWriter(), NO_VALUES).quote(identifier);
    }

    @Override
    public String placeholders(String sqlWithQuestionMarks) {
        return sqlWithQuestionMarks;
    }

    @Override
    public CompiledSql select(Select select, Object[] params) {
        SqlWriter w = new SqlWriter();
        new StatementWriter(renderer(w, params)).select(select);
        return w.toCompiled();
    }

    @Override
    public CompiledSql count(Select select, Object[] params) {
        SqlWriter w = new SqlWriter();
        new StatementWriter(renderer(w, params)).count(select);
        return w.toCompiled();
    }

    @Override
    public CompiledSql insert(Insert insert, Object[] values) {
        SqlWriter w = new SqlWriter();
        new StatementWriter(renderer(w, values)).insert(insert, values, features.returning());
        return w.toCompiled();
    }

    @Override
    public CompiledSql update(Update update, Object[] params) {
        SqlWriter w = new SqlWriter();
        new StatementWriter(renderer(w, params)).update(update);
        return w.toCompiled();
    }

    @Override
    public CompiledSql delete(Delete delete, Object[] params) {
        SqlWriter w = new SqlWriter();
        new StatementWriter(renderer(w, params)).delete(delete);
        return w.toCompiled();
    }

    @Override
    public List<String> createTable(ModelMeta<?> model, boolean ifNotExists) {
        return ddl.createTable(model, ifNotExists);
    }

    @Override
    public List<String> dropTable(ModelMeta<?> model, boolean ifExists) {
        return ddl.dropTable(model, ifExists);
    }

    @Override
    public String sqlType(ColumnMeta column) {
        return types.sqlType(column, SqlDdl.keyed(null, column));
    }

    @Override
    public String sqlType(ModelMeta<?> model, ColumnMeta column) {
        return ddl.sqlType(model, column);
    }

    @Override
    public Object toDb(Object javaValue) {
        return types.toDb(javaValue);
    }

    @Override
    public Object fromDb(Object dbValue, ColumnType type, Class<?> javaType) {
        return types.fromDb(dbValue, type, javaType);
    }

    @Override
    public String toString() {
        return name;
    }
}
