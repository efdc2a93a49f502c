package io.kakaorm.meta;

import io.kakaorm.ModelDefinitionException;
import io.kakaorm.Version;
import io.kakaorm.expr.ColumnType;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;

/** Finds and checks the {@link Version} column of a model. */
final class VersionColumns {
    private static final Set<ColumnType> ALLOWED = Set.of(
            ColumnType.INT,
            ColumnType.LONG,
            ColumnType.INSTANT,
            ColumnType.OFFSET_DATE_TIME,
            ColumnType.LOCAL_DATE_TIME);

    private VersionColumns() {}

    static ColumnMeta find(Class<?> cls, List<ColumnMeta> columns) {
        ColumnMeta found = null;
        for (ColumnMeta c : columns) {
            if (!annotated(cls, c.fieldName())) {
                continue;
            }
            if (found != null) {
                throw new ModelDefinitionException(
                        cls,
                        c.fieldName(),
                        "two @Version fields ('" + found.fieldName() + "' and '" + c.fieldName()
                                + "'); a model has one");
            }
            if (!ALLOWED.contains(c.type())) {
                throw new ModelDefinitionException(
                        cls,
                        c.fieldName(),
                        "@Version needs an int, long, Integer, Long,"
                                + " Instant, OffsetDateTime or LocalDateTime field, not "
                                + c.javaType().getSimpleName());
            }
            if (c.primaryKey() || c.autoNow() || c.autoNowAdd()) {
                throw new ModelDefinitionException(
                        cls, c.fieldName(), "@Version cannot be the primary key or @AutoNow/@AutoNowAdd");
            }
            found = c;
        }
        return found;
    }

    private static boolean annotated(Class<?> cls, String fieldName) {
        for (Class<?> c = cls; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(fieldName);
                return f.isAnnotationPresent(Version.class);
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        return false;
    }
}
