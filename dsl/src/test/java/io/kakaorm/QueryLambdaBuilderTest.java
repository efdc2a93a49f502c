package io.kakaorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.InSubquery;
import io.kakaorm.expr.Param;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.OrderItem;
import io.kakaorm.query.Projection;
import io.kakaorm.query.Select;
import io.kakaorm.query.SelectItem;
import io.kakaorm.query.Update;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statements Query builds from lambdas (through the decoder), without a database. */
class QueryLambdaBuilderTest {
    record TitleViews(String title, int views) {}

    private final RecordingExecutor exec = new RecordingExecutor();
    private final ModelMeta<QPost> meta = ModelMeta.of(QPost.class);

    private ColumnRef col(String field) {
        return new ColumnRef(meta.columnByField(field));
    }

    @Test
    void capturedValuesFollowEachOtherAcrossWhereCalls() {
        int min = 100;
        String prefix = "Java";
        Query<QPost> q =
                Query.from(QPost.class, exec).where(p -> p.views >= min).where(p -> p.title.startsWith(prefix));
        Binary and = assertInstanceOf(Binary.class, q.toSelect().where());
        assertEquals(new Binary(BinaryOp.GE, col("views"), new Param(0, ColumnType.INT)), and.left());
        assertEquals(List.of(100, "Java"), q.parameters());
    }

    @Test
    void orderKeysAndTheirParametersAccumulate() {
        int bonus = 5;
        Select s = Query.from(QPost.class, exec)
                .orderByDesc(p -> p.views + bonus)
                .orderBy(p -> p.title, p -> p.id)
                .toSelect();
        assertEquals(3, s.orderBy().size());
        // Java's int +, which wraps around: computed in 64 bits and wrapped to 32
        Expr sum = new Binary(
                BinaryOp.ADD,
                new Call(Function.TO_LONG, List.of(col("views")), ColumnType.LONG),
                new Call(Function.TO_LONG, List.of(new Param(0, ColumnType.INT)), ColumnType.LONG));
        assertEquals(
                new OrderItem(new Call(Function.WRAP_INT, List.of(sum), ColumnType.INT), true),
                s.orderBy().get(0));
        assertEquals(new OrderItem(col("id"), false), s.orderBy().get(2));
    }

    @Test
    void selectIntoARecordIsAConstructorProjectionNeverAModel() {
        ProjectedQuery<QPost, TitleViews> q =
                Query.from(QPost.class, exec).select(p -> new TitleViews(p.title, p.views));
        Projection.Constructor<?> c = assertInstanceOf(Projection.Constructor.class, q.projection());
        assertEquals(TitleViews.class, c.type());
        assertEquals(List.of(col("title"), col("views")), c.args());
        assertEquals(List.of(String.class, int.class), c.argTypes());
        Projection.Scalar<?> one = assertInstanceOf(
                Projection.Scalar.class,
                Query.from(QPost.class, exec).select(p -> p.views).projection());
        assertEquals(Integer.class, one.javaType());
    }

    @Test
    void rowsAreNamedByColumnAndAlsoSelectAppends() {
        ProjectedQuery<QPost, Row> q = Query.from(QPost.class, exec)
                .selectRows(p -> p.id, p -> p.title)
                .alsoSelect(p -> p.views, p -> p.authorId);
        List<String> names =
                q.toSelect().items().stream().map(SelectItem::alias).toList();
        assertEquals(List.of("id", "title", "views", "author_id"), names);
    }

    @Test
    void aggregateBuildsOneNamedItemPerAggregate() {
        exec.answer = List.of(new Row(Map.of()));
        Query.from(QPost.class, exec)
                .aggregate(a ->
                        a.sum("total", p -> p.views).avg("avg", p -> p.score).count("n"))
                .await();
        Select s = (Select) exec.statement;
        assertEquals(
                List.of(
                        new SelectItem(new Call(Function.SUM, List.of(col("views")), ColumnType.LONG), "total"),
                        new SelectItem(new Call(Function.AVG, List.of(col("score")), ColumnType.DOUBLE), "avg"),
                        new SelectItem(new Call(Function.COUNT, List.of(), ColumnType.LONG), "n")),
                s.items());
        assertThrows(
                IllegalArgumentException.class,
                () -> Query.from(QPost.class, exec).aggregate(a -> a.count("n").count("n")));
        assertThrows(
                IllegalArgumentException.class,
                () -> Query.from(QPost.class, exec).sum(p -> p.score));
    }

    @Test
    void updateBindsTheValuesAfterTheWhereParameters() {
        int max = 3;
        Query.from(QPost.class, exec)
                .where(p -> p.views < max)
                .update(c -> c.set(p -> p.published, true).set(p -> p.title, null))
                .await();
        Update u = (Update) exec.statement;
        assertEquals(
                List.of(meta.columnByField("published"), meta.columnByField("title")),
                u.set().stream().map(a -> a.column()).toList());
        assertEquals(new Param(1, ColumnType.BOOLEAN), u.set().get(0).value());
        assertEquals(Arrays.asList(3, true, null), exec.params);
        assertThrows(
                IllegalArgumentException.class,
                () -> Query.from(QPost.class, exec).update(p -> p.views + 1, 2));
    }

    @Test
    void sqlInOverAQueryBecomesAnInSubquery() {
        Query<QAuthor> active = Query.from(QAuthor.class, null).where(a -> a.active);
        int min = 10;
        Query<QPost> q = Query.from(QPost.class, exec).where(p -> p.views > min && Sql.in(p.authorId, active));
        Binary and = assertInstanceOf(Binary.class, q.toSelect().where());
        InSubquery in = assertInstanceOf(InSubquery.class, and.right());
        assertEquals(col("authorId"), in.value());
        assertEquals(
                ModelMeta.of(QAuthor.class).primaryKey(),
                ((ColumnRef) ((Select) in.subquery()).items().get(0).expr()).column());
        assertEquals(2, in.paramOffset());
    }

    @Test
    void untranslatableLambdasFailAtTheCallNamingTheLine() {
        QueryTranslationException e = assertThrows(
                QueryTranslationException.class,
                () -> Query.from(QPost.class, exec).where(p -> p.title.hashCode() == 1));
        assertTrue(e.getMessage().contains("QueryLambdaBuilderTest.java:"), e.getMessage());
    }
}
