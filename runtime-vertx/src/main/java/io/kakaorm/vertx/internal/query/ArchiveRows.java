package io.kakaorm.vertx.internal.query;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Delete;
import io.kakaorm.query.Projection;
import io.kakaorm.query.Select;
import io.kakaorm.vertx.internal.DatabaseImpl;
import io.vertx.core.Future;
import java.util.List;

/**
 * The two tables of an {@code ArchiveModel}: moving rows between them (INSERT … SELECT then DELETE, in one
 * transaction). Reading both ({@code includeDeleted()}) is a derived UNION ALL table written by the dialect.
 */
public final class ArchiveRows {
    private ArchiveRows() {}

    static boolean isUnion(Select s) {
        return s.from().variant() == ModelMeta.Variant.UNION;
    }

    static UnsupportedOperationException refused(Select s, String what) {
        return new UnsupportedOperationException(
                what + " of includeDeleted() of " + s.from().modelClass().getSimpleName()
                        + " is not supported: it reads two tables; call it on the main query or on onlyDeleted()");
    }

    /** Moves the rows {@code rows} selects into {@code to}; fails (rolling back) if the two counts differ. */
    public static Future<Integer> move(DatabaseImpl db, Select rows, ModelMeta<?> to, Object[] params) {
        Dialect d = db.dialect();
        CompiledSql select;
        CompiledSql delete;
        StringBuilder insert =
                new StringBuilder("INSERT INTO ").append(d.quote(to.table())).append(" (");
        try {
            List<ColumnMeta> cols = to.columns();
            for (int i = 0; i < cols.size(); i++) {
                insert.append(i == 0 ? "" : ", ").append(d.quote(cols.get(i).name()));
            }
            insert.append(") ");
            select = d.select(
                    rows.withItems(new Projection.Model<>(rows.from()).items()).withOrderBy(List.of()), params);
            delete = d.delete(new Delete(rows.from(), rows.where()), params);
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        CompiledSql ins = new CompiledSql(insert + select.sql(), select.binds());
        return db.transaction(tx -> db.executor()
                .update(ins)
                .compose(n -> db.executor()
                        .update(delete)
                        .compose(m -> m.equals(n)
                                ? Future.succeededFuture(n)
                                : Future.failedFuture(new IllegalStateException("moving "
                                        + rows.from().modelClass().getSimpleName() + " rows to " + to.table()
                                        + ": copied " + n
                                        + " but deleted " + m + " (changed concurrently); rolled back")))));
    }
}
