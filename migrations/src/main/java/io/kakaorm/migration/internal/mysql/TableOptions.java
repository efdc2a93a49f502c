package io.kakaorm.migration.internal.mysql;

import io.kakaorm.Model;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.meta.ModelMeta;
import java.util.List;

/**
 * The table options the query dialect gives CREATE TABLE (engine, charset, the binary collation that
 * keeps Java's string semantics), taken from its own DDL so that tables the migrator creates match.
 */
final class TableOptions {
    /** A one-column model whose CREATE TABLE shows the options. */
    public static final class Probe extends Model<Probe> {
        public Probe() {
        }
    }

    private TableOptions() {
    }

    static String of(Dialect dialect) {
        List<String> ddl = dialect.createTable(ModelMeta.of(Probe.class), false);
        String create = ddl.get(0);
        return create.substring(create.lastIndexOf(')') + 1);
    }
}
