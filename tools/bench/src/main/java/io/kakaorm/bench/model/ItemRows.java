package io.kakaorm.bench.model;

import io.vertx.sqlclient.Row;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What a careful programmer writes by hand without an ORM: the SQL text and the mapping of a row into
 * {@link Item}, for the Vert.x client and for JDBC. The raw baselines use it.
 */
public final class ItemRows {
    /** The seeded {@code created_at} of row 0. */
    public static final LocalDateTime BASE_TIME = LocalDateTime.of(2026, 1, 1, 12, 0);
    /** The table. */
    public static final String TABLE = "kkbench_item";
    /** The column list, in the model's column order. */
    public static final String COLUMNS = "id, name, category, quantity, price, active, created_at";

    private ItemRows() {}

    /** Maps a Vert.x row selected with {@link #COLUMNS}. */
    public static Item fromVertx(Row r) {
        Item it = new Item();
        it.id = r.getLong(0);
        it.name = r.getString(1);
        it.category = r.getString(2);
        it.quantity = r.getInteger(3);
        it.price = r.getDouble(4);
        it.active = r.getBoolean(5);
        it.createdAt = r.getLocalDateTime(6);
        return it;
    }

    /** Maps a JDBC row selected with {@link #COLUMNS}; {@code created_at} as SQLite stores it (ISO text). */
    public static Item fromJdbc(ResultSet rs) throws SQLException {
        Item it = new Item();
        it.id = rs.getLong(1);
        it.name = rs.getString(2);
        it.category = rs.getString(3);
        it.quantity = rs.getInt(4);
        it.price = rs.getDouble(5);
        it.active = rs.getBoolean(6);
        String t = rs.getString(7);
        it.createdAt = t == null ? null : LocalDateTime.parse(t.replace(' ', 'T'));
        return it;
    }

    /** {@code created_at} as text the way the SQLite dialect stores it. */
    public static String sqliteTime(LocalDateTime t) {
        return t == null ? null : t.toString();
    }

    /** Whether two items hold the same column values (a sanity check before timing). */
    public static boolean same(Item a, Item b) {
        return Objects.equals(a.id, b.id)
                && Objects.equals(a.name, b.name)
                && Objects.equals(a.category, b.category)
                && a.quantity == b.quantity
                && a.price == b.price
                && a.active == b.active
                && Objects.equals(a.createdAt, b.createdAt);
    }

    /** The item's columns as text, for error messages. */
    public static String describe(Item it) {
        return it == null
                ? "null"
                : "[" + it.id + ", " + it.name + ", " + it.category + ", " + it.quantity + ", " + it.price + ", "
                        + it.active + ", " + it.createdAt + "]";
    }
}
