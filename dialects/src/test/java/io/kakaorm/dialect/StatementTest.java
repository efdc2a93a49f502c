package io.kakaorm.dialect;

import static io.kakaorm.dialect.SqlCase.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.Param;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Assignment;
import io.kakaorm.query.Delete;
import io.kakaorm.query.Insert;
import io.kakaorm.query.OrderItem;
import io.kakaorm.query.Select;
import io.kakaorm.query.SelectItem;
import io.kakaorm.query.Update;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** SELECT/COUNT/INSERT/UPDATE/DELETE per dialect, exactly, with their binds. */
class StatementTest {
    static final ModelMeta<Models.Order> ORDER = ModelMeta.of(Models.Order.class);
    static final ColumnMeta ID = ORDER.columnByField("id");
    static final ColumnMeta NAME = ORDER.columnByField("name");
    static final ColumnMeta KANA = ORDER.columnByField("nameKana");
    static final ColumnMeta QTY = ORDER.columnByField("qty");
    static final Select ALL = Select.from(ORDER);

    static Expr col(ColumnMeta c) {
        return new ColumnRef(c);
    }

    static Expr eq(ColumnMeta c, int slot, ColumnType t) {
        return new Binary(BinaryOp.EQ, col(c), new Param(slot, t));
    }

    static Object[] values(Object... v) {
        return v;
    }

    static Stream<SqlCase> cases() {
        Select byName = ALL.withWhere(eq(NAME, 0, ColumnType.STRING));
        return Stream.of(
                SqlCase.same(
                        "select every column",
                        d -> d.select(ALL, values()),
                        "SELECT \"id\", \"name\", \"name_kana\", \"qty\" FROM \"order\" []",
                        "SELECT \"id\", \"name\", \"name_kana\", \"qty\" FROM \"order\" []"),
                of(
                        "select where name = ?",
                        d -> d.select(byName, values("a'b")),
                        "SELECT \"id\", \"name\", \"name_kana\", \"qty\" FROM \"order\" WHERE \"name\" = $1::text [a'b]",
                        "SELECT `id`, `name`, `name_kana`, `qty` FROM `order` WHERE `name` = ? [a'b]",
                        "SELECT \"id\", \"name\", \"name_kana\", \"qty\" FROM \"order\" WHERE \"name\" = ? [a'b]"),
                of(
                        "select items with alias, order, limit, offset",
                        d -> d.select(
                                ALL.withItems(List.of(new SelectItem(col(KANA), null), new SelectItem(col(QTY), "n")))
                                        .orderedBy(new OrderItem(col(NAME), true))
                                        .orderedBy(new OrderItem(col(QTY), false))
                                        .withLimit(10L)
                                        .withOffset(20L),
                                values()),
                        "SELECT \"name_kana\", \"qty\" AS \"n\" FROM \"order\" ORDER BY \"name\" COLLATE \"C\" DESC, \"qty\""
                                + " LIMIT 10 OFFSET 20 []",
                        "SELECT `name_kana`, `qty` AS `n` FROM `order` ORDER BY `name` DESC, `qty` LIMIT 10 OFFSET 20 []",
                        "SELECT \"name_kana\", \"qty\" AS \"n\" FROM \"order\" ORDER BY \"name\" DESC, \"qty\" LIMIT 10 OFFSET 20 []"),
                of(
                        "order by a nullable column: NULLs first ascending everywhere",
                        d -> d.select(
                                ALL.withItems(List.of(new SelectItem(col(ID), null)))
                                        .orderedBy(new OrderItem(col(KANA), false)),
                                values()),
                        "SELECT \"id\" FROM \"order\" ORDER BY \"name_kana\" COLLATE \"C\" NULLS FIRST []",
                        "SELECT `id` FROM `order` ORDER BY `name_kana` []",
                        "SELECT \"id\" FROM \"order\" ORDER BY \"name_kana\" []"),
                of(
                        "limit only",
                        d -> d.select(
                                ALL.withItems(List.of(new SelectItem(col(ID), null)))
                                        .withLimit(5L),
                                values()),
                        "SELECT \"id\" FROM \"order\" LIMIT 5 []",
                        "SELECT `id` FROM `order` LIMIT 5 []",
                        "SELECT \"id\" FROM \"order\" LIMIT 5 []"),
                of(
                        "offset without limit",
                        d -> d.select(
                                ALL.withItems(List.of(new SelectItem(col(ID), null)))
                                        .withOffset(3L),
                                values()),
                        "SELECT \"id\" FROM \"order\" OFFSET 3 []",
                        "SELECT `id` FROM `order` LIMIT 18446744073709551615 OFFSET 3 []",
                        "SELECT \"id\" FROM \"order\" LIMIT -1 OFFSET 3 []"),
                of(
                        "count",
                        d -> d.count(byName, values("x")),
                        "SELECT COUNT(*) FROM \"order\" WHERE \"name\" = $1::text [x]",
                        "SELECT COUNT(*) FROM `order` WHERE `name` = ? [x]",
                        "SELECT COUNT(*) FROM \"order\" WHERE \"name\" = ? [x]"),
                of(
                        "an aggregate of a limited select is over the limited rows",
                        d -> d.select(
                                byName.withLimit(2L)
                                        .withItems(List.of(new SelectItem(
                                                new Call(Function.SUM, List.of(col(QTY)), ColumnType.LONG), "total"))),
                                values("x")),
                        "SELECT SUM(\"qty\") AS \"total\" FROM (SELECT \"id\", \"name\", \"name_kana\", \"qty\" FROM \"order\""
                                + " WHERE \"name\" = $1::text LIMIT 2) AS \"order\" [x]",
                        "SELECT SUM(`qty`) AS `total` FROM (SELECT `id`, `name`, `name_kana`, `qty` FROM `order`"
                                + " WHERE `name` = ? LIMIT 2) AS `order` [x]",
                        "SELECT SUM(\"qty\") AS \"total\" FROM (SELECT \"id\", \"name\", \"name_kana\", \"qty\" FROM \"order\""
                                + " WHERE \"name\" = ? LIMIT 2) AS \"order\" [x]"),
                of(
                        "count of a limited select is over a subquery",
                        d -> d.count(byName.withLimit(10L).withOffset(2L), values("x")),
                        "SELECT COUNT(*) FROM (SELECT 1 AS \"one\" FROM \"order\" WHERE \"name\" = $1::text LIMIT 10 OFFSET 2)"
                                + " AS \"counted\" [x]",
                        "SELECT COUNT(*) FROM (SELECT 1 AS `one` FROM `order` WHERE `name` = ? LIMIT 10 OFFSET 2) AS `counted` [x]",
                        "SELECT COUNT(*) FROM (SELECT 1 AS \"one\" FROM \"order\" WHERE \"name\" = ? LIMIT 10 OFFSET 2)"
                                + " AS \"counted\" [x]"),
                of(
                        "insert returning the generated key",
                        d -> d.insert(new Insert(ORDER, List.of(NAME, KANA, QTY), true), values("n", null, 3)),
                        "INSERT INTO \"order\" (\"name\", \"name_kana\", \"qty\") VALUES ($1, $2, $3) RETURNING \"id\" [n, null, 3]",
                        "INSERT INTO `order` (`name`, `name_kana`, `qty`) VALUES (?, ?, ?) [n, null, 3]",
                        "INSERT INTO \"order\" (\"name\", \"name_kana\", \"qty\") VALUES (?, ?, ?) RETURNING \"id\" [n, null, 3]"),
                of(
                        "insert with an explicit key",
                        d -> d.insert(new Insert(ORDER, List.of(ID, NAME), false), values(7L, "n")),
                        "INSERT INTO \"order\" (\"id\", \"name\") VALUES ($1, $2) [7, n]",
                        "INSERT INTO `order` (`id`, `name`) VALUES (?, ?) [7, n]",
                        "INSERT INTO \"order\" (\"id\", \"name\") VALUES (?, ?) [7, n]"),
                of(
                        "insert of defaults only",
                        d -> d.insert(new Insert(ORDER, List.of(), true), values()),
                        "INSERT INTO \"order\" DEFAULT VALUES RETURNING \"id\" []",
                        "INSERT INTO `order` () VALUES () []",
                        "INSERT INTO \"order\" DEFAULT VALUES RETURNING \"id\" []"),
                of(
                        "update by key",
                        d -> d.update(
                                new Update(
                                        ORDER,
                                        List.of(
                                                new Assignment(NAME, new Param(0, ColumnType.STRING)),
                                                new Assignment(QTY, new Param(1, ColumnType.INT))),
                                        eq(ID, 2, ColumnType.LONG)),
                                values("n", 4, 9L)),
                        "UPDATE \"order\" SET \"name\" = $1::text, \"qty\" = $2::int4 WHERE \"id\" = $3::int8 [n, 4, 9]",
                        "UPDATE `order` SET `name` = ?, `qty` = ? WHERE `id` = ? [n, 4, 9]",
                        "UPDATE \"order\" SET \"name\" = ?, \"qty\" = ? WHERE \"id\" = ? [n, 4, 9]"),
                of(
                        "delete by key",
                        d -> d.delete(new Delete(ORDER, eq(ID, 0, ColumnType.LONG)), values(9L)),
                        "DELETE FROM \"order\" WHERE \"id\" = $1::int8 [9]",
                        "DELETE FROM `order` WHERE `id` = ? [9]",
                        "DELETE FROM \"order\" WHERE \"id\" = ? [9]"),
                SqlCase.same(
                        "delete all",
                        d -> d.delete(new Delete(ORDER, null), values()),
                        "DELETE FROM \"order\" []",
                        "DELETE FROM \"order\" []"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersExactly(SqlCase c) {
        c.check();
    }

    @Test
    void quoteDoublesEmbeddedQuotes() {
        assertEquals("\"a\"\"b\"", SqlCase.PG.quote("a\"b"));
        assertEquals("`a``b`", SqlCase.MYSQL.quote("a`b"));
        assertEquals("\"a\"\"b\"", SqlCase.SQLITE.quote("a\"b"));
    }

    @Test
    void placeholdersNumberedOnPostgresOnly() {
        String raw =
                "SELECT '?', \"a?\", x -- ?\n FROM t /* ? /* ? */ */ WHERE a = ? AND b = E'\\'?' AND c = $$?$$ AND d = ?";
        assertEquals(
                "SELECT '?', \"a?\", x -- ?\n FROM t /* ? /* ? */ */ WHERE a = $1 AND b = E'\\'?' AND c = $$?$$ AND d = $2",
                SqlCase.PG.placeholders(raw));
        assertEquals("SELECT 'it''s ?' WHERE a = $1", SqlCase.PG.placeholders("SELECT 'it''s ?' WHERE a = ?"));
        assertEquals(raw, SqlCase.MYSQL.placeholders(raw));
        assertEquals(raw, SqlCase.SQLITE.placeholders(raw));
    }

    @Test
    void forNameKnowsAliasesAndNamesTheKnownOnes() {
        assertEquals("postgres", Dialects.forName("PostgreSQL").name());
        assertEquals("mysql", Dialects.forName("mariadb").name());
        assertEquals("sqlite", Dialects.forName("sqlite").name());
        IllegalArgumentException e =
                Assertions.assertThrows(IllegalArgumentException.class, () -> Dialects.forName("oracle"));
        assertEquals(
                "Unknown dialect 'oracle'; known dialects: sqlite (also sqlite3), postgres (also pg, postgresql), mysql (also mariadb)",
                e.getMessage());
    }
}
