package io.kakaorm.bench.workload;

import io.kakaorm.NotFoundException;
import io.kakaorm.bench.model.Item;
import io.kakaorm.bench.model.ItemRows;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The hand-written sqlite-jdbc baseline: one connection and two prepared statements reused for every
 * call, as a careful programmer would keep them. Not thread-safe: one caller at a time.
 */
final class RawSqlite implements AutoCloseable {
    private final Connection conn;
    private final PreparedStatement byId;
    private final PreparedStatement insert;

    RawSqlite(String jdbcUrl, List<String> ddl) throws SQLException {
        conn = DriverManager.getConnection(jdbcUrl);
        try (Statement s = conn.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            for (String sql : ddl) {
                s.execute(sql);
            }
        }
        byId = conn.prepareStatement("SELECT " + ItemRows.COLUMNS + " FROM " + ItemRows.TABLE + " WHERE id = ?");
        insert = conn.prepareStatement(
                "INSERT INTO " + ItemRows.TABLE
                        + " (name, category, quantity, price, active, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
    }

    /** One JDBC call of a direct (same-thread) baseline. */
    @FunctionalInterface
    interface Call {
        Object run() throws Exception;
    }

    /** Inserts rows 1..n in one transaction. */
    void seed(int rows) throws SQLException {
        conn.setAutoCommit(false);
        for (int i = 1; i <= rows; i++) {
            insert(new Item().fill(i));
        }
        conn.commit();
        conn.setAutoCommit(true);
    }

    /** SELECT by id, mapped by hand. */
    Item get(long id) throws SQLException {
        byId.setLong(1, id);
        try (ResultSet rs = byId.executeQuery()) {
            if (!rs.next()) {
                throw new NotFoundException(Item.class, "id=" + id);
            }
            return ItemRows.fromJdbc(rs);
        }
    }

    /** INSERT with the generated key read back into the item. */
    Item insert(Item it) throws SQLException {
        insert.setString(1, it.name);
        insert.setString(2, it.category);
        insert.setInt(3, it.quantity);
        insert.setDouble(4, it.price);
        insert.setBoolean(5, it.active);
        insert.setString(6, ItemRows.sqliteTime(it.createdAt));
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            it.id = keys.getLong(1);
        }
        return it;
    }

    @Override
    public void close() throws SQLException {
        byId.close();
        insert.close();
        conn.close();
    }
}
