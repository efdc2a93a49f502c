package io.kakaorm.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.InParam;
import io.kakaorm.query.Select;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text cache never serves the text of one shape for values that shape another. */
class ShapeCacheTest {
    static final Select NE = ExprTest.BASE.withWhere(E.bin(BinaryOp.NE, ExprCases.f("score"), E.p(0, ColumnType.INT)));
    static final Select IN = ExprTest.BASE.withWhere(new InParam(ExprCases.f("score"), 0, false));

    static String where(Select s, Object... params) {
        String sql = SqlCase.PG.select(s, params).toString();
        return sql.substring(sql.indexOf(" WHERE ") + 7);
    }

    @Test
    void aNullValueRendersAnotherShapeThanANonNullOne() {
        assertEquals("(\"score\" <> $1::int4 OR \"score\" IS NULL) [5]", where(NE, 5));
        assertEquals("\"score\" IS NOT NULL []", where(NE, (Object) null));
        assertEquals("(\"score\" <> $1::int4 OR \"score\" IS NULL) [6]", where(NE, 6));
        assertEquals("\"score\" IS NOT NULL []", where(NE, (Object) null));
    }

    @Test
    void collectionsOfOtherSizesOrWithNullsRenderOtherShapes() {
        assertEquals("\"score\" IN ($1::int4, $2::int4) [1, 2]", where(IN, List.of(1, 2)));
        assertEquals("\"score\" IN ($1::int4, $2::int4, $3::int4) [1, 2, 3]", where(IN, List.of(1, 2, 3)));
        assertEquals("FALSE []", where(IN, List.of()));
        assertEquals(
                "(\"score\" IN ($1::int4, $2::int4) OR \"score\" IS NULL) [3, 4]",
                where(IN, Arrays.asList(3, null, 4)));
        assertEquals("\"score\" IN ($1::int4, $2::int4) [7, 8]", where(IN, List.of(7, 8)));
    }

    @Test
    void anEqualStatementBuiltAgainSharesTheText() {
        Select again = ExprTest.BASE.withWhere(E.bin(BinaryOp.NE, ExprCases.f("score"), E.p(0, ColumnType.INT)));
        assertEquals(NE, again);
        assertEquals(where(NE, 1).replace("[1]", ""), where(again, 2).replace("[2]", ""));
        assertEquals(
                "SELECT COUNT(*) FROM \"group\" WHERE (\"score\" <> $1::int4 OR \"score\" IS NULL) [1]",
                SqlCase.PG.count(NE, new Object[] {1}).toString(),
                "count has its own texts");
    }
}
