package io.kakaorm.vertx;

import io.kakaorm.KakaOrmException;
import java.util.List;

/**
 * {@link Database#truncate} was refused because foreign keys of other tables reference the table;
 * truncate with {@code cascade = true} to empty those too.
 */
public final class TruncateRefusedException extends KakaOrmException {
    private final String table;
    private final List<String> referencedBy;

    public TruncateRefusedException(String table, List<String> referencedBy) {
        super("Cannot truncate table " + table + ": foreign keys of " + referencedBy + " reference it;"
                + " call truncate(model, true) to empty those tables too");
        this.table = table;
        this.referencedBy = List.copyOf(referencedBy);
    }

    /** The table that was not truncated. */
    public String table() {
        return table;
    }

    /** The tables whose foreign keys reference it. */
    public List<String> referencedBy() {
        return referencedBy;
    }
}
