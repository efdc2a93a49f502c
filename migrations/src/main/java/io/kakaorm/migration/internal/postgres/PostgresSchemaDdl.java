package io.kakaorm.migration.internal.postgres;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.migration.internal.ChangeDdl;
import io.kakaorm.migration.internal.schema.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** PostgreSQL DDL: identity columns, ALTER COLUMN … TYPE … USING, constraints dropped by name. */
final class PostgresSchemaDdl extends ChangeDdl {
    private final PostgresSchema rules;

    PostgresSchemaDdl(Dialect dialect, PostgresSchema rules) {
        super(dialect);
        this.rules = rules;
    }

    @Override
    public List<String> alterColumn(Change.AlterColumn c) {
        String t = "ALTER TABLE " + q(c.table()) + " ALTER COLUMN " + q(c.to().name());
        List<String> out = new ArrayList<>();
        boolean typeChanged = !rules.type(c.from()).equals(rules.type(c.to()));
        boolean defaultChanged =
                !Objects.equals(rules.defaultValue(c.from().defaultSql()), rules.defaultValue(c.to().defaultSql()));
        if (typeChanged && c.from().defaultSql() != null) {
            out.add(t + " DROP DEFAULT");
            defaultChanged = true;
        }
        if (typeChanged) {
            out.add(t + " TYPE " + c.to().type() + " USING " + q(c.to().name()) + "::" + c.to().type());
        }
        if (c.from().nullable() != c.to().nullable()) {
            out.add(t + (c.to().nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
        }
        if (defaultChanged && !c.to().autoIncrement()) {
            out.add(c.to().defaultSql() == null ? t + " DROP DEFAULT" : t + " SET DEFAULT " + c.to().defaultSql());
        }
        return out;
    }

    @Override
    public List<String> dropIndex(Change.DropIndex c) {
        if (c.index().constraint()) {
            return List.of("ALTER TABLE " + q(c.table()) + " DROP CONSTRAINT "
                    + q(c.index().name()));
        }
        return List.of("DROP INDEX " + q(c.index().name()));
    }

    @Override
    public List<String> dropForeignKey(Change.DropForeignKey c) {
        return List.of("ALTER TABLE " + q(c.table()) + " DROP CONSTRAINT "
                + q(c.foreignKey().name()));
    }
}
