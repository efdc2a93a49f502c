package io.kakaorm.dialect.sql;

import io.kakaorm.UnsupportedFeatureException;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.DialectFeatures;
import io.kakaorm.dialect.ValueReader;
import io.kakaorm.dialect.ddl.ModelTables;
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
import java.util.function.Consumer;

/**
 * A {@link Dialect} assembled from its parts: a renderer per statement, a type mapping and a DDL
 * writer. Subclasses name the parts; the only state is a cache of rendered text by statement shape,
 * so a dialect is thread-safe.
 */
public abstract class SqlDialect implements Dialect {
    private static final Object[] NO_VALUES = {};
    private final String name;
    private final DialectFeatures features;
    private final SqlTypes types;
    private final TableDdl ddl;
    private final ShapeCache shapes = new ShapeCache();
    private final ShapeCache countShapes = new ShapeCache();
    private final ReplayCache replays = new ReplayCache();
    private final ReplayCache countReplays = new ReplayCache();

    protected SqlDialect(String name, DialectFeatures features, SqlTypes types, TableDdl ddl) {
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
        return render(shapes, replays, select, params, w -> w.select(select), true);
    }

    @Override
    public CompiledSql count(Select select, Object[] params) {
        return render(countShapes, countReplays, select, params, w -> w.count(select), true);
    }

    @Override
    public CompiledSql insert(Insert insert, Object[] values) {
        // an INSERT statement is made per call (it holds its values' columns): never the same instance again
        return render(shapes, null, insert, values, w -> w.insert(insert, values, features.returning()), false);
    }

    @Override
    public CompiledSql update(Update update, Object[] params) {
        return render(shapes, replays, update, params, w -> w.update(update), false);
    }

    @Override
    public CompiledSql insertSelect(InsertSelect insert, Object[] params) {
        return render(shapes, replays, insert, params, w -> w.insertSelect(insert), false);
    }

    @Override
    public CompiledSql delete(Delete delete, Object[] params) {
        return render(shapes, replays, delete, params, w -> w.delete(delete), false);
    }

    /**
     * Renders the binds, then takes the text from the shape cache, rendering it only for a shape not
     * seen before: the text depends on the statement and on the decisions the values caused. A statement
     * instance rendered before whose render only read its parameters is replayed instead ({@link ReplayPlan}).
     * {@code readOnly} marks a SELECT, which a backend may run on a read-only connection.
     */
    private CompiledSql render(
            ShapeCache cache,
            ReplayCache replayCache,
            Object statement,
            Object[] params,
            Consumer<StatementWriter> write,
            boolean readOnly) {
        ReplayPlan plan = replayCache == null ? null : replayCache.get(statement);
        if (plan != null) {
            List<Object> binds = plan.binds(params);
            if (binds != null) {
                return new CompiledSql(plan.text(), binds, readOnly);
            }
        }
        SqlWriter binds = SqlWriter.bindsOnly();
        write.accept(new StatementWriter(renderer(binds, params)));
        if (binds.binds().size() > features.maxBindParams()) {
            throw new UnsupportedFeatureException(
                    name,
                    "a statement with " + binds.binds().size() + " bind parameters (the most is "
                            + features.maxBindParams() + "; split the IN collection)");
        }
        int[] decisions = binds.decisions();
        String sql = cache.get(statement, decisions);
        if (sql == null) {
            SqlWriter full = new SqlWriter();
            write.accept(new StatementWriter(renderer(full, params)));
            sql = full.sql();
            cache.put(statement, decisions, sql);
        } else if (replayCache != null && replayCache.seenBefore(statement)) { // this very instance again
            ReplayPlan replay = binds.replay(sql);
            if (replay != null) {
                replayCache.put(statement, replay);
            }
        }
        return new CompiledSql(sql, binds.binds(), readOnly);
    }

    @Override
    public List<String> createTable(ModelMeta<?> model, boolean ifNotExists) {
        return ddl.createTable(ddl.definition(model), ifNotExists);
    }

    @Override
    public List<String> dropTable(ModelMeta<?> model, boolean ifExists) {
        return ddl.dropTable(model.table(), ifExists);
    }

    @Override
    public TableDdl ddl() {
        return ddl;
    }

    @Override
    public String sqlType(ColumnMeta column) {
        return types.sqlType(column, ModelTables.keyed(null, column));
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
    public Object normalise(ColumnMeta column, Object javaValue) {
        return types.normalise(column, javaValue);
    }

    @Override
    public Object fromDb(Object dbValue, ColumnType type, Class<?> javaType) {
        return types.fromDb(dbValue, type, javaType);
    }

    @Override
    public ValueReader reader(ColumnType type, Class<?> javaType) {
        return types.reader(type, javaType);
    }

    @Override
    public String toString() {
        return name;
    }
}
