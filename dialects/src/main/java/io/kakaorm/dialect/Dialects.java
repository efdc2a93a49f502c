package io.kakaorm.dialect;

import io.kakaorm.dialect.mysql.MySqlDialect;
import io.kakaorm.dialect.postgres.PostgresDialect;
import io.kakaorm.dialect.sqlite.SqliteDialect;
import java.util.Locale;

/** The dialects by name. Dialects are stateless, so one shared instance each. */
public final class Dialects {
    private static final Dialect POSTGRES = new PostgresDialect();
    private static final Dialect MYSQL = new MySqlDialect();
    private static final Dialect SQLITE = new SqliteDialect();

    private Dialects() {
    }

    /**
     * The dialect called {@code name}: {@code postgres} (or {@code postgresql}, {@code pg}),
     * {@code mysql} (or {@code mariadb}), {@code sqlite}; case-insensitive.
     *
     * @throws IllegalArgumentException for any other name, listing the known ones
     */
    public static Dialect forName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "postgres", "postgresql", "pg" -> POSTGRES;
            case "mysql", "mariadb" -> MYSQL;
            case "sqlite" -> SQLITE;
            default -> throw new IllegalArgumentException("Unknown dialect '" + name
                    + "'; known dialects: postgres, mysql (also for MariaDB), sqlite");
        };
    }
}
