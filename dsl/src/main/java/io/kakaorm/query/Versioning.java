package io.kakaorm.query;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.Param;
import io.kakaorm.meta.ColumnMeta;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The values of a {@link io.kakaorm.Version} column: its first value, the next one, and the assignment
 * that moves it on in a bulk UPDATE. Every write path that changes rows of a versioned model goes
 * through here, so a stale instance can never overwrite a row changed by any of them. Stateless.
 */
public final class Versioning {
    private Versioning() {}

    /** An UPDATE and its parameter values after {@link #bump}. */
    public record Bumped(Update update, Object[] params) {}

    /**
     * {@code update} with the model's version column moved on in every row it changes: {@code v = v + 1}
     * for a counter, {@code v = <now>} (a new bind at the end of {@code params}) for a timestamp. Unchanged
     * when the model has no version column or the statement already assigns it.
     */
    public static Bumped bump(Update update, Object[] params) {
        ColumnMeta v = update.model().versionColumn();
        if (v == null || update.set().stream().anyMatch(a -> a.column() == v)) {
            return new Bumped(update, params);
        }
        List<Assignment> set = new ArrayList<>(update.set());
        Object[] out = params;
        if (v.type().isInteger()) {
            set.add(new Assignment(v, new Binary(BinaryOp.ADD, new ColumnRef(v), new Literal(1L, ColumnType.LONG))));
        } else {
            out = Arrays.copyOf(params, params.length + 1);
            out[params.length] = next(v, null);
            set.add(new Assignment(v, new Param(params.length, v.type())));
        }
        return new Bumped(new Update(update.model(), set, update.where()), out);
    }

    /** The value an INSERT writes: {@code current}, or 0 / the current time when it is {@code null}. */
    public static Object initial(ColumnMeta version, Object current) {
        return current != null ? current : version.type().isInteger() ? zero(version) : next(version, null);
    }

    /**
     * The value after {@code current}: one more for a counter; for a timestamp the current time in
     * microseconds, or {@code current} plus one microsecond when the clock has not passed it.
     */
    public static Object next(ColumnMeta version, Object current) {
        ColumnType t = version.type();
        if (t == ColumnType.INT) {
            return current == null ? 1 : Math.addExact((Integer) current, 1);
        }
        if (t == ColumnType.LONG) {
            return current == null ? 1L : Math.addExact((Long) current, 1L);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant before = current == null ? null : instant(current);
        if (before != null && !now.isAfter(before)) {
            now = before.truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS);
        }
        return switch (t) {
            case INSTANT -> now;
            case OFFSET_DATE_TIME -> now.atOffset(ZoneOffset.UTC);
            case LOCAL_DATE_TIME -> LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            default -> throw new IllegalArgumentException("not a version type: " + t);
        };
    }

    private static Object zero(ColumnMeta version) {
        return version.type() == ColumnType.INT ? (Object) 0 : (Object) 0L;
    }

    private static Instant instant(Object v) {
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((LocalDateTime) v).toInstant(ZoneOffset.UTC);
    }
}
