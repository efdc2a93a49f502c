package io.kakaorm.vertx.spi;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.spi.ModelEngine;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.internal.DatabaseImpl;

/**
 * What the sibling modules (the migrations) need of a {@link Database} beyond its API: the dialect that
 * writes its SQL, and the engine its models are tied to. Not API: the package is exported only to them.
 */
public final class DatabaseAccess {
    private DatabaseAccess() {}

    /** The dialect of {@code db}. */
    public static Dialect dialect(Database db) {
        return impl(db).dialect();
    }

    /** {@code db} as the engine of the models it loads and saves. */
    public static ModelEngine engine(Database db) {
        return impl(db);
    }

    private static DatabaseImpl impl(Database db) {
        if (db instanceof DatabaseImpl d) {
            return d;
        }
        throw new IllegalArgumentException(
                "not a Database of KakaORM's runtime: " + db.getClass().getName());
    }
}
