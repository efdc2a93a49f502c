package io.kakaorm.dialect.sql;

import io.kakaorm.dialect.CompiledSql;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL text of one statement being rendered and its bind values, in placeholder order. Not
 * thread-safe: one writer per render.
 */
public final class SqlWriter {
    private final StringBuilder sql = new StringBuilder(128);
    private final List<Object> binds = new ArrayList<>();

    /** Appends SQL text. */
    public SqlWriter append(String text) {
        sql.append(text);
        return this;
    }

    /** Appends one character. */
    public SqlWriter append(char c) {
        sql.append(c);
        return this;
    }

    /** Appends a number. */
    public SqlWriter append(long n) {
        sql.append(n);
        return this;
    }

    /** Records a bind value (already converted for the driver); returns its 1-based position. */
    public int addBind(Object dbValue) {
        binds.add(dbValue);
        return binds.size();
    }

    /** The text written so far. */
    public String sql() {
        return sql.toString();
    }

    /** The statement: the text and its binds. */
    public CompiledSql toCompiled() {
        return new CompiledSql(sql.toString(), binds);
    }
}
