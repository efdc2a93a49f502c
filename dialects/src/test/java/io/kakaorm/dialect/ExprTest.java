package io.kakaorm.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kakaorm.UnsupportedFeatureException;
import io.kakaorm.dialect.ExprCases.ExprCase;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.Like;
import io.kakaorm.query.Select;
import io.kakaorm.query.SelectItem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every expression node on every dialect, exactly: the WHERE clause (or select list) and its binds.
 * The table is {@link #expected()}: one row per case of {@link ExprCases}, PostgreSQL / MySQL / SQLite.
 */
class ExprTest {
    static final Select BASE = Select.from(ExprCases.POST).withItems(List.of(new SelectItem(ExprCases.f("id"), null)));

    /** The WHERE clause and binds of a predicate. */
    static String where(Dialect d, ExprCase c) {
        String full = d.select(BASE.withWhere(c.expr()), c.params()).toString();
        return full.substring(full.indexOf(" WHERE ") + 7);
    }

    /** The select list and binds of a value. */
    static String item(Dialect d, ExprCase c) {
        String full = d.select(BASE.withItems(List.of(new SelectItem(c.expr(), null))), c.params())
                .toString();
        return full.substring(7, full.indexOf(" FROM ")) + full.substring(full.lastIndexOf(' '));
    }

    static Stream<SqlCase> cases() {
        List<String[]> expected = ExprExpectations.ROWS;
        List<ExprCase> preds = ExprCases.predicates();
        List<ExprCase> vals = ExprCases.values();
        assertEquals(preds.size() + vals.size(), expected.size(), "one expectation row per case");
        Stream.Builder<SqlCase> out = Stream.builder();
        for (int i = 0; i < expected.size(); i++) {
            String[] e = expected.get(i);
            boolean pred = i < preds.size();
            ExprCase c = pred ? preds.get(i) : vals.get(i - preds.size());
            assertEquals(c.name(), e[0], "expectation rows follow ExprCases' order");
            out.add(SqlCase.of(c.name(), d -> pred ? where(d, c) : item(d, c), e[1], e[2], e[3]));
        }
        return out.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersExactly(SqlCase c) {
        c.check();
    }

    @Test
    void sqliteRefusesCaseSensitiveLikeOfAColumnPattern() {
        Expr like = new Like(ExprCases.f("title"), ExprCases.f("slug"), false);
        UnsupportedFeatureException e = assertThrows(
                UnsupportedFeatureException.class, () -> SqlCase.SQLITE.select(BASE.withWhere(like), new Object[0]));
        assertEquals("sqlite", e.dialect());
        assertEquals(
                List.of("\"title\" LIKE \"slug\"", "`title` LIKE `slug`"),
                List.of(
                        where(SqlCase.PG, new ExprCase("", like)).replace(" []", ""),
                        where(SqlCase.MYSQL, new ExprCase("", like)).replace(" []", "")));
    }

    @Test
    void moreBindsThanTheDatabaseTakesIsRefusedByName() {
        List<Double> many = IntStream.range(0, 40_000).mapToObj(i -> i + 0.5).toList();
        Select in = BASE.withWhere(new InParam(ExprCases.f("rating"), 0, false));
        UnsupportedFeatureException e =
                assertThrows(UnsupportedFeatureException.class, () -> SqlCase.SQLITE.select(in, new Object[] {many}));
        assertEquals(
                "a statement with 40000 bind parameters (the most is 32766; split the IN collection) is not supported"
                        + " by sqlite",
                e.getMessage());
        assertEquals(40_000, SqlCase.PG.select(in, new Object[] {many}).binds().size());
    }

    @Test
    void aLongCollectionOfWholeNumbersIsOneBindWithOneTextForEveryLength() {
        Select in = BASE.withWhere(new InParam(ExprCases.f("views"), 0, false));
        for (Dialect db : List.of(SqlCase.PG, SqlCase.MYSQL, SqlCase.SQLITE)) {
            Set<String> texts = new HashSet<>();
            for (int n : new int[] {17, 18, 1_000, 70_000}) {
                List<Integer> many = IntStream.range(0, n).boxed().toList();
                CompiledSql sql = db.select(in, new Object[] {many});
                assertEquals(1, sql.binds().size(), sql.sql());
                texts.add(sql.sql());
            }
            assertEquals(1, texts.size(), String.valueOf(texts));
            // a short collection keeps IN (?, …): one placeholder per element
            assertEquals(
                    3, db.select(in, new Object[] {List.of(1, 2, 3)}).binds().size());
        }
    }

    @Test
    void aMissingParameterNamesItsSlot() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> SqlCase.PG.select(
                        BASE.withWhere(E.bin(BinaryOp.EQ, ExprCases.f("views"), E.p(2, ColumnType.INT))),
                        new Object[1]));
        assertEquals("parameter slot 2 is missing: 1 values given", e.getMessage());
    }

    /**
     * Every case of the table renders on every dialect to SQL that names its subject; with -Dprint=true the
     * rows are also printed as Java, for reviewing a change by eye.
     */
    @Test
    void everyCaseRendersOnEveryDialect() {
        boolean print = Boolean.getBoolean("print");
        for (ExprCase c : ExprCases.predicates()) {
            String[] sql = {where(SqlCase.PG, c), where(SqlCase.MYSQL, c), where(SqlCase.SQLITE, c)};
            assertRendered(c, sql);
            if (print) {
                System.out.println(row(c.name(), sql[0], sql[1], sql[2]));
            }
        }
        for (ExprCase c : ExprCases.values()) {
            String[] sql = {item(SqlCase.PG, c), item(SqlCase.MYSQL, c), item(SqlCase.SQLITE, c)};
            assertRendered(c, sql);
            if (print) {
                System.out.println(row(c.name(), sql[0], sql[1], sql[2]));
            }
        }
    }

    private static void assertRendered(ExprCase c, String[] sql) {
        for (String s : sql) {
            Assertions.assertFalse(s == null || s.isBlank(), c.name() + " rendered nothing");
        }
    }

    private static String row(String... cells) {
        StringBuilder b = new StringBuilder("            row(");
        for (int i = 0; i < cells.length; i++) {
            b.append(i == 0 ? "" : ",\n                ")
                    .append('"')
                    .append(cells[i].replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return b.append("),").toString();
    }
}
