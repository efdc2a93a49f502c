package io.kakaorm.vertx.internal.write;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.vertx.internal.exec.SqlExecutor;
import io.vertx.core.Future;
import java.util.List;

/**
 * The generated keys of a multi-row INSERT without {@code RETURNING} on a dialect whose rows of one INSERT get
 * consecutive keys ({@code features().consecutiveInsertKeys()}: SQLite). Reading 10,000 keys back row by
 * row through JDBC costs a third of the insert, while SQLite gives the rows of one INSERT consecutive rowids
 * (each new rowid is one more than the largest, {@code AUTOINCREMENT} or not), so the keys are
 * {@code last_insert_rowid() - n + 1 … last_insert_rowid()}.
 *
 * <p>The rule has one exception: a table whose largest rowid reached 2<sup>63</sup>−1 gets random rowids
 * (without {@code AUTOINCREMENT}). One check after each INSERT proves the rule held: the rows with a key of at
 * least the first derived key are exactly {@code n}, and the largest of them is {@code last_insert_rowid()}
 * (in the random case the largest is 2<sup>63</sup>−1 or a row falls below the first key). If not, the
 * bulk insert fails and its transaction rolls back, rather than setting wrong keys.
 */
final class ConsecutiveKeys {
    private ConsecutiveKeys() {}

    /** Whether keys of {@code d} are read this way. */
    static boolean applies(Dialect d) {
        return d.features().consecutiveInsertKeys();
    }

    /** INSERTs {@code part} (without RETURNING) and completes with its keys in row order. */
    static Future<long[]> insert(
            SqlExecutor ex, Dialect d, ModelMeta<?> meta, List<ColumnMeta> columns, int[] index, List<Object[]> part) {
        CompiledSql insert = BulkInsertSql.values(d, meta, columns, index, part, false);
        int n = part.size();
        String pk = d.quote(meta.primaryKey().name());
        CompiledSql check = new CompiledSql(
                "SELECT last_insert_rowid(), COUNT(*), MAX(" + pk + ") FROM " + d.quote(meta.table()) + " WHERE " + pk
                        + " > last_insert_rowid() - ?",
                List.of((long) n));
        return ex.update(insert)
                .compose(inserted -> ex.query(check, r -> new long[] {
                    ((Number) r.value(0)).longValue(),
                    ((Number) r.value(1)).longValue(),
                    r.value(2) == null ? Long.MIN_VALUE : ((Number) r.value(2)).longValue()
                }))
                .compose(rows -> {
                    long[] c = rows.get(0);
                    long last = c[0];
                    if (c[1] != n || c[2] != last) {
                        return Future.failedFuture(new IllegalStateException("bulkCreate of "
                                + meta.modelClass().getSimpleName() + ": " + d.name() + " did not give the " + n
                                + " rows consecutive keys ending at " + last + " (the table's largest rowid reached"
                                + " 2^63-1?); rolled back"));
                    }
                    long[] keys = new long[n];
                    for (int i = 0; i < n; i++) {
                        keys[i] = last - n + 1 + i;
                    }
                    return Future.succeededFuture(keys);
                });
    }
}
