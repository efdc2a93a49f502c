package io.kakaorm;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One result row as column name → value, in select-list order (the seed's dicts). Immutable.
 * Values are Java values: numbers, {@code Boolean}, {@code String}, {@code BigDecimal}, java.time types,
 * {@code UUID}, {@code byte[]}; for raw SQL they are what the driver returned, normalised per database
 * (see the README's type table).
 */
public final class Row extends AbstractMap<String, Object> {
    private final Map<String, Object> values;

    /** A row over {@code values} (copied, order kept). */
    public Row(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return values.entrySet();
    }

    @Override
    public Object get(Object key) {
        return values.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return values.containsKey(key);
    }

    /** The value of {@code column} as a {@code Long} (any integral number is widened), or {@code null}. */
    public Long getLong(String column) {
        Object v = require(column);
        return v == null ? null : ((Number) v).longValue();
    }

    /** The value of {@code column} as an {@code Integer}, or {@code null}. */
    public Integer getInteger(String column) {
        Object v = require(column);
        return v == null ? null : ((Number) v).intValue();
    }

    /** The value of {@code column} as a {@code Double}, or {@code null}. */
    public Double getDouble(String column) {
        Object v = require(column);
        return v == null ? null : ((Number) v).doubleValue();
    }

    /** The value of {@code column} as a {@code String} ({@code toString()} of other values), or {@code null}. */
    public String getString(String column) {
        Object v = require(column);
        return v == null ? null : v.toString();
    }

    /** The value of {@code column} as a {@code Boolean} (numbers: non-zero is true), or {@code null}. */
    public Boolean getBoolean(String column) {
        Object v = require(column);
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        return ((Number) v).longValue() != 0;
    }

    private Object require(String column) {
        if (!values.containsKey(column)) {
            throw new IllegalArgumentException("No column '" + column + "' in row; columns: " + values.keySet());
        }
        return values.get(column);
    }
}
