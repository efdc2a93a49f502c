package io.kakaorm.dialect.ddl;

import io.kakaorm.dialect.sql.SqlTypes;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.IndexMeta;
import io.kakaorm.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * The one mapping from a model to the table it wants, in one database's types and literals: every column
 * of the model's metadata (so columns the metadata adds, such as timestamps, come with it), its key, its
 * UNIQUE, CHECK and foreign-key constraints named by {@link ConstraintNames}, and its indexes.
 */
public final class ModelTables {
    private ModelTables() {}

    /** The table {@code model} wants on the database of {@code types}. */
    public static TableDef of(ModelMeta<?> model, SqlTypes types) {
        String t = model.table();
        List<ColumnDef> cols = new ArrayList<>();
        List<IndexDef> indexes = new ArrayList<>();
        List<ForeignKeyDef> fks = new ArrayList<>();
        List<CheckDef> checks = new ArrayList<>();
        for (ColumnMeta c : model.columns()) {
            String def = c.defaultValue() == null || c.autoIncrement() ? null : types.defaultLiteral(c);
            cols.add(new ColumnDef(
                    c.name(), sqlType(model, c, types), c.nullable() && !c.primaryKey(), def, c.autoIncrement()));
            if (c.unique()) {
                indexes.add(new IndexDef(ConstraintNames.unique(t, c.name()), List.of(c.name()), true, true));
            }
            if (c.foreignKey() != null) {
                fks.add(new ForeignKeyDef(
                        ConstraintNames.foreignKey(t, c.name()),
                        List.of(c.name()),
                        c.foreignKey().targetTable(),
                        List.of(c.foreignKey().targetColumn()),
                        c.foreignKey().onDelete().sql()));
            }
            if (c.check() != null) {
                checks.add(new CheckDef(ConstraintNames.check(t, c.name()), c.check()));
            }
            String json = c.type() == ColumnType.JSON ? types.jsonCheck(c.name()) : null;
            if (json != null) {
                checks.add(new CheckDef(ConstraintNames.jsonCheck(t, c.name()), json));
            }
        }
        for (IndexMeta ix : model.indexes()) {
            indexes.add(new IndexDef(ConstraintNames.fit(ix.name()), ix.columns(), ix.unique(), false));
        }
        return new TableDef(t, cols, List.of(model.primaryKey().name()), indexes, fks, checks);
    }

    /** The SQL type of {@code column} in {@code model}'s table (MySQL bounds strings in a key or index). */
    public static String sqlType(ModelMeta<?> model, ColumnMeta column, SqlTypes types) {
        return types.sqlType(column, keyed(model, column));
    }

    /** Whether {@code c} is in the primary key, a unique constraint, a foreign key or an index of {@code model} (may be null). */
    public static boolean keyed(ModelMeta<?> model, ColumnMeta c) {
        if (c.primaryKey() || c.unique() || c.indexed() || c.foreignKey() != null) {
            return true;
        }
        if (model != null) {
            for (IndexMeta ix : model.indexes()) {
                if (ix.columns().contains(c.name())) {
                    return true;
                }
            }
        }
        return false;
    }
}
