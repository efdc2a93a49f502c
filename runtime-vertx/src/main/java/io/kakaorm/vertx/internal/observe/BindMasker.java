package io.kakaorm.vertx.internal.observe;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.vertx.observe.StatementEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replaces the bind values of masked columns with {@link StatementEvent#MASKED}. Which column a
 * placeholder belongs to is read from the SQL: in {@code INSERT ... (cols) VALUES (...)} by position,
 * elsewhere the nearest identifier before it ({@code "password" = $2}, {@code SET "password" = ?},
 * {@code lower("password") = ?}). A placeholder with no identifier before it is masked whenever the
 * statement names a masked column at all, so an unusual shape errs on the side of hiding. The result per
 * SQL text is cached (SQL shapes repeat).
 */
final class BindMasker {
    static final BindMasker NONE = new BindMasker(Set.of());
    private static final int CACHE_LIMIT = 2048;
    private static final boolean[] NOTHING = new boolean[0];

    private final Set<String> columns;
    private final ConcurrentHashMap<String, boolean[]> cache = new ConcurrentHashMap<>();

    BindMasker(Set<String> lowerCaseColumns) {
        this.columns = Set.copyOf(lowerCaseColumns);
    }

    /** A masker hiding {@code columns} in addition to this one's. */
    BindMasker plus(String... more) {
        HashSet<String> all = new HashSet<>(columns);
        for (String c : more) {
            all.add(c.toLowerCase(Locale.ROOT));
        }
        return new BindMasker(all);
    }

    /** The binds of {@code sql}, masked where they belong to a masked column. */
    List<Object> mask(CompiledSql sql) {
        List<Object> binds = sql.binds();
        if (columns.isEmpty() || binds.isEmpty()) {
            return binds;
        }
        boolean[] masked = cache.get(sql.sql());
        if (masked == null) {
            masked = positions(sql.sql());
            if (cache.size() < CACHE_LIMIT) {
                cache.put(sql.sql(), masked);
            }
        }
        if (masked == NOTHING) {
            return binds;
        }
        List<Object> out = new ArrayList<>(binds);
        for (int i = 0; i < out.size() && i < masked.length; i++) {
            if (masked[i]) {
                out.set(i, StatementEvent.MASKED);
            }
        }
        return out;
    }

    /** For each placeholder in order of its bind index, whether it is masked; NOTHING when none is. */
    private boolean[] positions(String sql) {
        List<SqlTokens.Token> tokens = SqlTokens.scan(sql);
        boolean mentions = false;
        for (SqlTokens.Token t : tokens) {
            mentions |= t.identifier() && columns.contains(t.text());
        }
        if (!mentions) {
            return NOTHING;
        }
        List<String> insertColumns = SqlTokens.insertColumns(tokens);
        List<Boolean> out = new ArrayList<>();
        int sequential = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlTokens.Token t = tokens.get(i);
            if (!t.placeholder()) {
                continue;
            }
            int index = t.bindIndex() >= 0 ? t.bindIndex() : sequential++;
            String column = insertColumns != null
                    ? SqlTokens.valuesColumn(tokens, i, insertColumns)
                    : SqlTokens.identifierBefore(tokens, i);
            boolean hide = column == null || columns.contains(column);
            while (out.size() <= index) {
                out.add(false);
            }
            out.set(index, out.get(index) || hide);
        }
        boolean[] result = new boolean[out.size()];
        boolean any = false;
        for (int i = 0; i < result.length; i++) {
            result[i] = out.get(i);
            any |= result[i];
        }
        return any ? result : NOTHING;
    }
}
