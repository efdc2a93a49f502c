package io.kakaorm.dialect;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;

/**
 * One row of an exact-SQL table: what a dialect renders, and what PostgreSQL, MySQL and SQLite must
 * give. A rendering is compared as text: SQL, then the binds ({@link CompiledSql#toString()}), or
 * DDL statements joined by {@code ";\n"}.
 */
record SqlCase(String name, Function<Dialect, Object> render, String pg, String mysql, String sqlite) {
    static final Dialect PG = Dialects.forName("postgres");
    static final Dialect MYSQL = Dialects.forName("mysql");
    static final Dialect SQLITE = Dialects.forName("sqlite");

    static SqlCase of(String name, Function<Dialect, Object> render, String pg, String mysql, String sqlite) {
        return new SqlCase(name, render, pg, mysql, sqlite);
    }

    /** A case whose SQL is the same on all three but for quoting and placeholders. */
    static SqlCase same(String name, Function<Dialect, Object> render, String pg, String others) {
        return new SqlCase(name, render, pg, others.replace('"', '`'), others);
    }

    void check() {
        assertAll(
                name,
                () -> assertEquals(pg, text(render.apply(PG)), "postgres"),
                () -> assertEquals(mysql, text(render.apply(MYSQL)), "mysql"),
                () -> assertEquals(sqlite, text(render.apply(SQLITE)), "sqlite"));
    }

    static String text(Object rendered) {
        if (rendered instanceof List<?> statements) {
            return String.join(";\n", statements.stream().map(Object::toString).toList());
        }
        return rendered.toString();
    }

    @Override
    public String toString() {
        return name;
    }
}
