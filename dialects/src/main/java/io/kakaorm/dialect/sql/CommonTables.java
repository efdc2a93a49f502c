package io.kakaorm.dialect.sql;

import io.kakaorm.UnsupportedFeatureException;
import io.kakaorm.expr.SubqueryNode;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.CommonTable;
import io.kakaorm.query.Select;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the WITH clause of a SELECT: one {@code name AS (…)} per named subquery (CTE) that its FROM or
 * joins read, {@code WITH RECURSIVE} when one of them refers to itself (required by PostgreSQL and
 * MariaDB, accepted by SQLite). A recursive subquery is {@code anchor UNION step}: UNION, not UNION ALL,
 * so that a row is found once and a cycle in the data ends the recursion instead of looping.
 */
final class CommonTables {
    private CommonTables() {}

    static void write(SqlRenderer r, Select s) {
        Map<String, CommonTable> defs = new LinkedHashMap<>();
        for (int source = 0; source <= s.joins().size(); source++) {
            add(r, defs, s.source(source));
        }
        if (defs.isEmpty()) {
            return;
        }
        SqlWriter w = r.writer();
        boolean recursive = defs.values().stream().anyMatch(CommonTable::recursive);
        w.append(recursive ? "WITH RECURSIVE " : "WITH ");
        int n = 0;
        for (CommonTable t : defs.values()) {
            w.append(n++ > 0 ? ", " : "");
            r.identifier(t.name());
            w.append(" AS (");
            new StatementWriter(r.nested(r.paramOffset() + t.paramOffset())).select(t.body());
            if (t.step() != null) {
                w.append(" UNION ");
                new StatementWriter(r.nested(r.paramOffset() + t.paramOffset())).select(t.step());
            }
            w.append(')');
        }
        w.append(' ');
    }

    private static void add(SqlRenderer r, Map<String, CommonTable> defs, ModelMeta<?> model) {
        SubqueryNode node = model.commonTable();
        if (!(node instanceof CommonTable t)) {
            return;
        }
        CommonTable before = defs.putIfAbsent(t.name(), t);
        if (before != null && !before.equals(t)) {
            throw new UnsupportedFeatureException(
                    r.dialectName(),
                    "two different named subqueries called '" + t.name()
                            + "' in one statement (give them different names)");
        }
    }
}
