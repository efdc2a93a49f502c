package io.kakaorm.vertx.internal.pool;

import io.kakaorm.vertx.internal.exec.DbRow;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.data.Numeric;

/** A Vert.x {@link Row} seen as a {@link DbRow}; Buffer → byte[], Numeric → BigDecimal. */
final class VertxDbRow implements DbRow {
    private Row row;

    VertxDbRow at(Row r) {
        this.row = r;
        return this;
    }

    @Override
    public int size() {
        return row.size();
    }

    @Override
    public String name(int i) {
        return row.getColumnName(i);
    }

    @Override
    public Object value(int i) {
        return normaliseValue(row.getValue(i));
    }

    @Override
    public Object raw(int i) {
        return row.getValue(i);
    }

    @Override
    public Object normalise(Object raw) {
        return normaliseValue(raw);
    }

    static Object normaliseValue(Object v) {
        if (v instanceof Buffer b) {
            return b.getBytes();
        }
        if (v instanceof Numeric n) {
            return n.isNaN() ? Double.NaN : n.bigDecimalValue();
        }
        return v;
    }
}
