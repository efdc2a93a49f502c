package io.kakaorm.vertx.internal.query;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Delete;
import io.kakaorm.query.Projection;
import io.kakaorm.query.Select;
import io.kakaorm.vertx.internal.DatabaseImpl;
import io.kakaorm.vertx.internal.exec.RowMapper;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * The two tables of an {@code ArchiveModel}: reading both with UNION ALL ({@code includeDeleted()}),
 * and moving rows between them (INSERT … SELECT then DELETE, in one transaction).
 */
public final class ArchiveRows {
    private ArchiveRows() {
    }

    static boolean isUnion(Select s) {
        return s.from().variant() == ModelMeta.Variant.UNION;
    }

    static Select over(Select s, ModelMeta<?> table) {
        return new Select(table, s.items(), s.where(), s.orderBy(), s.limit(), s.offset());
    }

    static UnsupportedOperationException refused(Select s, String what) {
        return new UnsupportedOperationException(what + " of includeDeleted() of " + s.from().modelClass().getSimpleName()
                + " is not supported: it reads two tables (UNION ALL); use list() or count(), or query the main table"
                + " and onlyDeleted() separately");
    }

    /** {@code SELECT … FROM main WHERE … UNION ALL SELECT … FROM archive_main WHERE …}. */
    static <R> Future<List<R>> list(DatabaseImpl db, Select s, Object[] params, RowMapper<R> mapper) {
        if (!s.orderBy().isEmpty() || s.limit() != null || s.offset() != null) {
            return Future.failedFuture(refused(s, "orderBy/limit/offset (and first/last/get)"));
        }
        Dialect d = db.dialect();
        ModelMeta<?> main = ModelMeta.of(s.from().modelClass());
        CompiledSql a = d.select(over(s, main), params);
        CompiledSql b = d.select(over(s, main.archiveTable()), params);
        // numbered placeholders ($1) name the same values in both halves; positional ones (?) need them twice
        boolean numbered = !d.placeholders("?").equals("?");
        List<Object> binds = new ArrayList<>(a.binds());
        if (!numbered) {
            binds.addAll(b.binds());
        }
        return db.executor().query(new CompiledSql(a.sql() + " UNION ALL " + b.sql(), binds), mapper);
    }

    /** Moves the rows {@code rows} selects into {@code to}; fails (rolling back) if the two counts differ. */
    public static Future<Integer> move(DatabaseImpl db, Select rows, ModelMeta<?> to, Object[] params) {
        Dialect d = db.dialect();
        CompiledSql select;
        CompiledSql delete;
        StringBuilder insert = new StringBuilder("INSERT INTO ").append(d.quote(to.table())).append(" (");
        try {
            List<ColumnMeta> cols = to.columns();
            for (int i = 0; i < cols.size(); i++) {
                insert.append(i == 0 ? "" : ", ").append(d.quote(cols.get(i).name()));
            }
            insert.append(") ");
            select = d.select(rows.withItems(new Projection.Model<>(rows.from()).items()).withOrderBy(List.of()), params);
            delete = d.delete(new Delete(rows.from(), rows.where()), params);
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        CompiledSql ins = new CompiledSql(insert + select.sql(), select.binds());
        return db.transaction(tx -> db.executor().update(ins).compose(n -> db.executor().update(delete).compose(m ->
                m.equals(n) ? Future.succeededFuture(n) : Future.failedFuture(new IllegalStateException("moving "
                        + rows.from().modelClass().getSimpleName() + " rows to " + to.table() + ": copied " + n
                        + " but deleted " + m + " (changed concurrently); rolled back")))));
    }
}
