package io.kakaorm.migration.internal;

import io.kakaorm.UnsupportedFeatureException;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.migration.internal.mysql.MySqlSchema;
import io.kakaorm.migration.internal.postgres.PostgresSchema;
import io.kakaorm.migration.internal.sqlite.SqliteSchema;
import java.util.Map;
import java.util.function.Function;

/** The {@link SchemaDialect} of a query dialect, by its name. */
public final class SchemaDialects {
    private static final Map<String, Function<Dialect, SchemaDialect>> BY_NAME = Map.of(
            "postgres", PostgresSchema::new,
            "mysql", MySqlSchema::new,
            "sqlite", SqliteSchema::new);

    private SchemaDialects() {
    }

    /** The schema support for {@code dialect}. */
    public static SchemaDialect of(Dialect dialect) {
        Function<Dialect, SchemaDialect> f = BY_NAME.get(dialect.name());
        if (f == null) {
            throw new UnsupportedFeatureException(dialect.name(), "migrations");
        }
        return f.apply(dialect);
    }
}
