package io.kakaorm.vertx.internal.query;

import io.kakaorm.Row;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.sql.ReadOnlySql;
import io.kakaorm.vertx.internal.exec.RowMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Raw SQL support: {@code ?} → dialect placeholders, values → {@code toDb}, rows → {@link Row}. */
public final class RawRows {
    /** Maps a row to a {@link Row} (name → normalised driver value). */
    public static final RowMapper<Row> ROW = r -> {
        Map<String, Object> m = new LinkedHashMap<>(r.size() * 2);
        for (int i = 0; i < r.size(); i++) {
            m.put(r.name(i), r.value(i));
        }
        return new Row(m);
    };

    private RawRows() {}

    /**
     * The statement in the dialect's placeholder style with converted binds.
     *
     * @throws io.kakaorm.ParameterException when the parameter count differs from the {@code ?}
     *                                       placeholders or a value's type cannot be bound
     */
    public static CompiledSql compile(Dialect dialect, String sql, List<?> params) {
        RawParams.check(dialect, sql, params);
        List<Object> binds = new ArrayList<>(params.size());
        for (Object p : params) {
            binds.add(dialect.toDb(p));
        }
        return new CompiledSql(dialect.placeholders(sql), binds, ReadOnlySql.isPlainSelect(sql));
    }
}
