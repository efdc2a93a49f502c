package io.kakaorm.dialect.sql;

import io.kakaorm.expr.ColumnType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The elements of a long IN collection as one bind value: a typed array (PostgreSQL) or a JSON array
 * (MariaDB {@code JSON_TABLE}, SQLite {@code json_each}), so that one statement text serves every length
 * and no bind-parameter limit applies. Only value types whose JSON or array form is exact are taken:
 * whole numbers, strings, enums (their name), UUIDs and dates; a collection of any other type, or with
 * an element of another class, stays an {@code IN (?, ?, …)} list.
 */
public final class InCollections {
    /** Collections with at most this many non-null elements are written {@code IN (?, …)}: one text per length. */
    public static final int SMALL = 16;

    private InCollections() {}

    /** Whether a collection compared with a value of {@code type} can be bound as one value. */
    public static boolean bindable(ColumnType type) {
        return switch (type) {
            case SHORT, INT, LONG, STRING, ENUM, UUID, LOCAL_DATE -> true;
            default -> false;
        };
    }

    /**
     * The elements as the Java values of {@code type} ({@code Long} for whole numbers, {@code String} for
     * strings and enums), or {@code null} when an element is of a class this form does not take. A whole
     * number out of the type's range is left out: no value of the type equals it.
     */
    public static List<Object> normalise(List<Object> items, ColumnType type) {
        List<Object> out = new ArrayList<>(items.size());
        for (Object o : items) {
            Object v = switch (type) {
                case SHORT, INT, LONG ->
                    o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte
                            ? (Object) ((Number) o).longValue()
                            : null;
                case STRING -> o instanceof String ? o : null;
                case ENUM -> o instanceof Enum<?> e ? e.name() : o instanceof String ? o : null;
                case UUID -> o instanceof UUID ? o : null;
                case LOCAL_DATE -> o instanceof LocalDate ? o : null;
                default -> null;
            };
            if (v == null) {
                return null;
            }
            if (v instanceof Long n
                    && (type == ColumnType.SHORT && n != n.shortValue()
                            || type == ColumnType.INT && n != n.intValue())) {
                continue;
            }
            out.add(v);
        }
        return out;
    }

    /** The values (from {@link #normalise}) as a JSON array; {@code text} writes a non-number element's string. */
    public static String json(List<Object> values, Function<Object, String> text) {
        StringBuilder b = new StringBuilder(values.size() * 8 + 2).append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            Object v = values.get(i);
            if (v instanceof Long n) {
                b.append(n.longValue());
            } else {
                quote(b, text.apply(v));
            }
        }
        return b.append(']').toString();
    }

    private static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }
}
