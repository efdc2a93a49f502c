package io.kakaorm.migration.internal;

import io.kakaorm.UnsupportedFeatureException;
import io.kakaorm.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The schema support of each database: every {@link SchemaProvider} found by {@link ServiceLoader}. */
public final class SchemaDialects {
    private static final List<SchemaProvider> ALL = load();

    private SchemaDialects() {}

    private static List<SchemaProvider> load() {
        List<SchemaProvider> out = new ArrayList<>();
        ServiceLoader.load(SchemaProvider.class, SchemaProvider.class.getClassLoader())
                .forEach(out::add);
        return List.copyOf(out);
    }

    /**
     * The schema support for {@code dialect}.
     *
     * @throws UnsupportedFeatureException when no provider knows the dialect
     */
    public static SchemaDialect of(Dialect dialect) {
        for (SchemaProvider p : ALL) {
            if (p.supports(dialect)) {
                return p.open(dialect);
            }
        }
        throw new UnsupportedFeatureException(dialect.name(), "migrations");
    }
}
