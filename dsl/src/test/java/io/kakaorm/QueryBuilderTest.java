package io.kakaorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.InSubquery;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.Param;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Delete;
import io.kakaorm.query.OrderItem;
import io.kakaorm.query.Projection;
import io.kakaorm.query.Select;
import io.kakaorm.query.SelectItem;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statements Query builds, independent of any dialect or database. */
class QueryBuilderTest {
    private final RecordingExecutor exec = new RecordingExecutor();
    private final ModelMeta<QPost> meta = ModelMeta.of(QPost.class);

    private ColumnRef col(String field) {
        return new ColumnRef(meta.columnByField(field));
    }

    private Expr viewsAtLeast() {
        return new Binary(BinaryOp.GE, col("views"), new Param(0, ColumnType.INT));
    }

    private Expr publishedIs() {
        return new Binary(BinaryOp.EQ, col("published"), new Param(0, ColumnType.BOOLEAN));
    }

    @Test
    void repeatedWhereAndsAndShiftsParameterSlots() {
        Query<QPost> q = Query.from(QPost.class, exec)
                .where(publishedIs(), List.of(true))
                .where(viewsAtLeast(), List.of(100));
        Select s = q.toSelect();
        assertEquals(
                new Binary(
                        BinaryOp.AND,
                        new Binary(BinaryOp.EQ, col("published"), new Param(0, ColumnType.BOOLEAN)),
                        new Binary(BinaryOp.GE, col("views"), new Param(1, ColumnType.INT))),
                s.where());
        assertEquals(List.of(true, 100), q.parameters());
    }

    @Test
    void everyCallReturnsANewQueryAndLeavesTheOldOneAlone() {
        Query<QPost> base = Query.from(QPost.class, exec);
        Query<QPost> filtered = base.where(viewsAtLeast(), List.of(5));
        Query<QPost> limited = filtered.limit(3).offset(6);
        assertNull(base.toSelect().where());
        assertTrue(base.parameters().isEmpty());
        assertNull(filtered.toSelect().limit());
        assertEquals(3L, limited.toSelect().limit());
        assertEquals(6L, limited.toSelect().offset());
        assertSame(filtered.toSelect().where(), limited.toSelect().where());
    }

    @Test
    void excludeAddsTheFormItIsGiven() {
        // the lambda's exclude form (its NOT, where nothing may throw) is made by the decoder
        QueryCore core =
                QueryCore.of(meta, exec).exclude(new Unary(UnaryOp.NOT, publishedIs()), new Object[] {false}, "test");
        assertEquals(new Unary(UnaryOp.NOT, publishedIs()), core.select().where());
        assertEquals(List.of("exclude test"), core.sources());
    }

    @Test
    void nullParameterValuesAreKept() {
        Query<QPost> q = Query.from(QPost.class, exec)
                .where(new Binary(BinaryOp.EQ, col("score"), new Param(0, ColumnType.DOUBLE)), Arrays.asList((Object)
                        null));
        assertEquals(Arrays.asList((Object) null), q.parameters());
    }

    @Test
    void firstOrdersByPrimaryKeyAndLimitsToOne() {
        Query.from(QPost.class, exec).where(viewsAtLeast(), List.of(1)).first().await();
        Select s = (Select) exec.statement;
        assertEquals(List.of(new OrderItem(col("id"), false)), s.orderBy());
        assertEquals(1L, s.limit());
        assertEquals(List.of(1), exec.params);
        assertInstanceOf(Projection.Model.class, exec.projection);
        assertEquals(meta.columns().size(), s.items().size());
    }

    @Test
    void lastReversesThePrimaryKeyOrder() {
        Query.from(QPost.class, exec).last().await();
        Select s = (Select) exec.statement;
        assertEquals(List.of(new OrderItem(col("id"), true)), s.orderBy());
        assertEquals(1L, s.limit());
    }

    @Test
    void lastReversesEveryKeyOfAnExplicitOrder() {
        QueryCore core = QueryCore.of(meta, exec)
                .orderBy(col("views"), new Object[0], true)
                .orderBy(col("title"), new Object[0], false);
        Select reversed = core.ordered(core.select(), true);
        assertEquals(
                List.of(
                        new OrderItem(col("views"), false),
                        new OrderItem(col("title"), true),
                        new OrderItem(col("id"), true)),
                reversed.orderBy());
    }

    @Test
    void firstKeepsOffsetAndNarrowsALimit() {
        Query.from(QPost.class, exec).offset(5).limit(10).first().await();
        Select s = (Select) exec.statement;
        assertEquals(1L, s.limit());
        assertEquals(5L, s.offset());
    }

    @Test
    void getFailsNamingModelPredicateAndSql() {
        exec.answer = List.of();
        Query<QPost> q = Query.from(QPost.class, exec).where(viewsAtLeast(), List.of(7));
        Throwable none = q.get().cause();
        assertInstanceOf(NotFoundException.class, none);
        assertTrue(none.getMessage().contains("QPost"), none.getMessage());
        assertTrue(none.getMessage().contains("SQL<"), none.getMessage());
        assertEquals(2L, ((Select) exec.statement).limit());

        exec.answer = List.of(new QPost(), new QPost());
        Throwable many = q.get().cause();
        assertInstanceOf(MultipleResultsException.class, many);
        assertTrue(many.getMessage().contains("QPost"), many.getMessage());
        assertInstanceOf(MultipleResultsException.class, q.getOrNone().cause());

        exec.answer = List.of();
        assertNull(q.getOrNone().await());
    }

    @Test
    void existsSelectsOneConstantRowWithoutOrder() {
        exec.answer = List.of(1L);
        assertTrue(Query.from(QPost.class, exec).exists().await());
        Select s = (Select) exec.statement;
        assertEquals(1L, s.limit());
        assertEquals(new Literal(1L, ColumnType.LONG), s.items().get(0).expr());
    }

    @Test
    void countDropsOrderButKeepsTheWindow() {
        exec.countAnswer = 4;
        QueryCore core = QueryCore.of(meta, exec)
                .orderBy(col("views"), new Object[0], false)
                .limit(2);
        assertEquals(4L, core.count().await());
        Select s = (Select) exec.statement;
        assertTrue(s.orderBy().isEmpty());
        assertEquals(2L, s.limit());
    }

    @Test
    void negativeLimitOrOffsetIsRefused() {
        Query<QPost> q = Query.from(QPost.class, exec);
        assertThrows(IllegalArgumentException.class, () -> q.limit(-1));
        assertThrows(IllegalArgumentException.class, () -> q.offset(-1));
    }

    @Test
    void capturedSubqueryBecomesInSubqueryWithItsParametersAfterTheOuterOnes() {
        Query<QAuthor> active = Query.from(QAuthor.class, null)
                .where(
                        new Binary(
                                BinaryOp.EQ,
                                new ColumnRef(ModelMeta.of(QAuthor.class).columnByField("active")),
                                new Param(0, ColumnType.BOOLEAN)),
                        List.of(true));
        Query<QPost> q = Query.from(QPost.class, exec)
                .where(viewsAtLeast(), List.of(10))
                .where(new InParam(col("authorId"), 0, false), List.of(active));
        Binary and = (Binary) q.toSelect().where();
        InSubquery in = assertInstanceOf(InSubquery.class, and.right());
        assertEquals(col("authorId"), in.value());
        assertEquals(
                List.of(new SelectItem(new ColumnRef(ModelMeta.of(QAuthor.class).primaryKey()), null)),
                ((Select) in.subquery()).items());
        assertEquals(2, in.paramOffset());
        assertEquals(List.of(10, active, true), q.parameters());
    }

    @Test
    void deleteUsesTheWhereAndRefusesAWindow() {
        Query<QPost> q = Query.from(QPost.class, exec).where(viewsAtLeast(), List.of(3));
        assertEquals(3, q.delete().await());
        Delete d = (Delete) exec.statement;
        assertEquals(q.toSelect().where(), d.where());
        assertEquals(List.of(3), exec.params);
        assertThrows(IllegalStateException.class, () -> q.limit(1).delete());
    }

    @Test
    void terminalOperationsOfAnUnboundQueryExplain() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> Query.from(QPost.class, null).list());
        assertTrue(e.getMessage().contains("db.from(QPost.class)"), e.getMessage());
    }
}
