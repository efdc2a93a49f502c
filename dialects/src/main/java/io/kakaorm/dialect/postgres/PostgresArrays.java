package io.kakaorm.dialect.postgres;

import io.kakaorm.dialect.sql.InCollections;
import io.kakaorm.expr.ColumnType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A long IN collection as one PostgreSQL array of the compared value's type, bound to {@code = ANY($n::type[])}. */
final class PostgresArrays {
    private PostgresArrays() {}

    /** The array the pg client sends as {@code type[]}, or {@code null} when the collection is bound element by element. */
    static Object of(List<Object> items, ColumnType type) {
        List<Object> values = InCollections.bindable(type) ? InCollections.normalise(items, type) : null;
        if (values == null) {
            return null;
        }
        return switch (type) {
            case SHORT -> values.stream().map(v -> ((Long) v).shortValue()).toArray(Short[]::new);
            case INT -> values.stream().map(v -> ((Long) v).intValue()).toArray(Integer[]::new);
            case LONG -> values.toArray(Long[]::new);
            case STRING, ENUM -> values.toArray(String[]::new);
            case UUID -> values.toArray(UUID[]::new);
            case LOCAL_DATE -> values.toArray(LocalDate[]::new);
            default -> null;
        };
    }
}
