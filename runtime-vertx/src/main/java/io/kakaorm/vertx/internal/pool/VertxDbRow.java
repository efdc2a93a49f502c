package io.kakaorm.vertx.internal.pool;

import io.kakaorm.meta.ColumnSource;
import io.kakaorm.vertx.internal.exec.ColumnValues;
import io.kakaorm.vertx.internal.exec.DbRow;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.data.Numeric;

/**
 * A Vert.x {@link Row} seen as a {@link DbRow}; Buffer → byte[], Numeric → BigDecimal. One instance is moved
 * from row to row ({@link #at}); {@link #detached()} gives one that stays on its row.
 */
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
    public ColumnSource loadedState(int offset, ColumnValues values) {
        // a Vert.x row is a plain value once decoded
        return values.allAsIs()
                ? new AsIs(row, offset)
                : new Kept(row, offset, values, values.asIs(), values.booleansFromBytes());
    }

    /** Columns of a decoded row from {@code offset} on, every one as it is (see {@link ColumnValues#allAsIs}). */
    private record AsIs(Row row, int offset) implements ColumnSource {
        @Override
        public Object column(int index) {
            return row.getValue(offset + index);
        }
    }

    /**
     * Columns of a decoded row from {@code offset} on: as they are where the mapper takes them so
     * ({@code asIs}), else through its {@link ColumnValues#javaValue}.
     */
    private record Kept(Row row, int offset, ColumnValues values, boolean[] asIs, boolean[] booleansFromBytes)
            implements ColumnSource {
        @Override
        public Object column(int index) {
            Object raw = row.getValue(offset + index);
            if (asIs[index]) {
                return raw;
            }
            if (raw instanceof Byte b && booleansFromBytes[index]) {
                return b != 0; // MariaDB's boolean, on every row: without the mapper's call
            }
            return values.javaValue(index, raw, NORMALISE);
        }
    }

    /** {@link #normalise} without a row: what {@link Kept} hands to the mapper. */
    private static final DbRow NORMALISE = new VertxDbRow();

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
