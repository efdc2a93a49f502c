package io.kakaorm;

import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.meta.JavaTypes;
import io.kakaorm.query.Projection;
import io.kakaorm.query.SelectItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds {@link Projection}s from decoded selector lambdas. */
final class Projections {
    private Projections() {}

    @SuppressWarnings({"unchecked", "rawtypes"})
    static <R> Projection<R> of(LambdaBridge.Decoded d) {
        if (d.type() != null) {
            return new Projection.Constructor(d.type(), d.args(), d.argTypes());
        }
        return new Projection.Scalar(d.expr(), javaType(d.expr(), d.valueType()));
    }

    /** The boxed Java type of a value: the lambda's declared type if known, else from the column or tree type. */
    static Class<?> javaType(Expr e, Class<?> declared) {
        if (declared != null && declared != Object.class) {
            return box(declared);
        }
        if (e instanceof ColumnRef c) {
            return box(c.column().javaType());
        }
        return of(e.type());
    }

    static Class<?> box(Class<?> c) {
        return JavaTypes.box(c);
    }

    static Class<?> of(ColumnType t) {
        if (t == null) {
            return Object.class;
        }
        return switch (t) {
            case SHORT -> Short.class;
            case INT -> Integer.class;
            case LONG -> Long.class;
            case FLOAT -> Float.class;
            case DOUBLE -> Double.class;
            case BOOLEAN -> Boolean.class;
            case STRING -> String.class;
            case DECIMAL -> BigDecimal.class;
            case OFFSET_DATE_TIME -> OffsetDateTime.class;
            case INSTANT -> Instant.class;
            case LOCAL_DATE_TIME -> LocalDateTime.class;
            case LOCAL_DATE -> LocalDate.class;
            case LOCAL_TIME -> LocalTime.class;
            case UUID -> java.util.UUID.class; // checkstyle:allow-fqn
            case BYTES -> byte[].class;
            case ENUM -> Enum.class;
            case JSON -> Object.class; // a JsonObject or a JsonArray
        };
    }

    /** The row key of a selected expression: the column name, else {@code expr<i>}. */
    static String name(Expr e, int index) {
        return e instanceof ColumnRef c ? c.column().name() : "expr" + index;
    }

    /** Row items for {@code exprs}, named after their columns, after {@code existing}. */
    static List<SelectItem> rowItems(List<SelectItem> existing, List<Expr> exprs) {
        List<SelectItem> out = new ArrayList<>(existing);
        for (Expr e : exprs) {
            String n = name(e, out.size());
            for (SelectItem s : out) {
                if (n.equals(s.alias())) {
                    n = n + "_" + out.size();
                }
            }
            out.add(new SelectItem(e, n));
        }
        return out;
    }
}
