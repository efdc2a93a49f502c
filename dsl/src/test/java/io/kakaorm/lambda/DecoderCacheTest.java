package io.kakaorm.lambda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.kakaorm.Filter;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.Param;
import io.kakaorm.lambda.testmodel.Post;
import io.kakaorm.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Caching per call site, captured values re-read per call, parameter shifting, concurrency. */
class DecoderCacheTest {
    private static Filter<Post> viewsAbove(int min) {
        return p -> p.views > min;
    }

    private final List<String> names = new ArrayList<>();

    @Test
    void cache_sameCallSite_returnsSameTranslation_andRereadsCapturedValues() {
        Filter<Post> a = viewsAbove(1);
        Filter<Post> b = viewsAbove(2);
        DecodedLambda da = LambdaDecoder.decode(a, Post.class);
        DecodedLambda db = LambdaDecoder.decode(b, Post.class);
        assertSame(da, db);
        assertArrayEquals(new Object[] {1}, da.params(a));
        assertArrayEquals(new Object[] {2}, da.params(b));
    }

    @Test
    void cache_methodReferenceAtTwoSites_sharesTheTreeShape() {
        Filter<Post> a = Post::isPublished;
        Filter<Post> b = Post::isPublished;
        assertEquals(LambdaDecoder.decode(a).expr(), LambdaDecoder.decode(b).expr());
    }

    @Test
    void params_capturedThisField_isReadAtEachCall() {
        names.clear();
        Filter<Post> f = p -> names.contains(p.title);
        DecodedLambda d = LambdaDecoder.decode(f);
        assertEquals(new InParam(new ColumnRef(ModelMeta.of(Post.class).columnByField("title")), 0, false), d.expr());
        names.add("x");
        assertEquals(List.of("x"), d.params(f)[0]);
    }

    @Test
    void shiftParams_movesEverySlot() {
        ColumnRef views = new ColumnRef(ModelMeta.of(Post.class).columnByField("views"));
        Expr e = new Binary(
                BinaryOp.AND,
                new Binary(BinaryOp.GT, views, new Param(0, ColumnType.INT)),
                new InParam(views, 1, false));
        assertEquals(
                new Binary(
                        BinaryOp.AND,
                        new Binary(BinaryOp.GT, views, new Param(3, ColumnType.INT)),
                        new InParam(views, 4, false)),
                Exprs.shiftParams(e, 3));
        assertSame(e, Exprs.shiftParams(e, 0));
    }

    @Test
    void decode_rowTypesDiffer_translatesAgain() {
        Filter<Post> f = p -> p.published;
        DecodedLambda inferred = LambdaDecoder.decode(f);
        DecodedLambda explicit = LambdaDecoder.decode(f, Post.class);
        assertNotSame(inferred, explicit);
        assertEquals(inferred.expr(), explicit.expr());
    }

    @Test
    void decode_concurrently_givesOneEqualTranslation() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Expr>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int min = i;
                results.add(pool.submit(
                        () -> LambdaDecoder.decode(viewsAbove(min), Post.class).expr()));
            }
            Expr first = results.get(0).get(10, TimeUnit.SECONDS);
            for (Future<Expr> r : results) {
                assertEquals(first, r.get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void decodedLambda_knowsItsSourceLine() {
        Filter<Post> f = p -> p.views > 3;
        DecodedLambda d = LambdaDecoder.decode(f);
        assertEquals("DecoderCacheTest.java", d.sourceFile());
        assertEquals(new Throwable().getStackTrace()[0].getLineNumber() - 3, d.line());
    }
}
