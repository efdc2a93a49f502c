package io.kakaorm.dialect.live;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.sqlite.SqliteFunctions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** sqlite-jdbc on a temporary file. */
final class SqliteLive implements LiveDb {
    private final Dialect dialect;
    private final Path file;
    private final Connection conn;

    SqliteLive(Dialect dialect) {
        this.dialect = dialect;
        try {
            file = Files.createTempFile("kakaorm-dialects", ".db");
            conn = DriverManager.getConnection("jdbc:sqlite:" + file);
            SqliteFunctions.register(conn); // as the runtime does on every connection
            SqliteFunctions.register(conn); // as the runtime does on every connection
            try (Statement s = conn.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public void execute(String sql) {
        try (Statement s = conn.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Object insert(CompiledSql sql) {
        List<List<Object>> rows = query(sql);
        return rows.get(0).get(0);
    }

    @Override
    public List<List<Object>> query(CompiledSql sql) {
        try (PreparedStatement ps = conn.prepareStatement(sql.sql())) {
            for (int i = 0; i < sql.binds().size(); i++) {
                ps.setObject(i + 1, sql.binds().get(i));
            }
            List<List<Object>> out = new ArrayList<>();
            if (!ps.execute()) {
                return out;
            }
            try (ResultSet rs = ps.getResultSet()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getObject(i));
                    }
                    out.add(row);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            conn.close();
            Files.deleteIfExists(file);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
