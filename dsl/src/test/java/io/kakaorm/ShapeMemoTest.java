package io.kakaorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.kakaorm.query.Select;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Repeated queries from the same call sites reuse their statements; any other shape never does. */
class ShapeMemoTest {
    record TitleName(String title, String name) {}

    record AuthorTop(Long authorId, String top) {}

    private final RecordingExecutor exec = new RecordingExecutor();

    private Object join(int lo, int hi) {
        Query.from(QPost.class, exec)
                .join(QAuthor.class, (p, a) -> p.authorId.equals(a.id))
                .where((p, a) -> p.views > lo && p.views <= hi)
                .select((p, a) -> new TitleName(p.title, a.name))
                .list();
        return exec.statement;
    }

    @Test
    void theSameCallSitesGiveTheSameStatementWithTheirOwnValues() {
        Object first = join(1, 2);
        assertEquals(List.of(1, 2), exec.params);
        Object second = join(10, 20);
        assertSame(first, second);
        assertEquals(List.of(10, 20), exec.params);
    }

    @Test
    void anotherLambdaOfTheSameShapeIsEqualButNotReused() {
        Object memo = join(1, 2);
        int lo = 3;
        int hi = 4;
        Query.from(QPost.class, exec)
                .join(QAuthor.class, (p, a) -> p.authorId.equals(a.id))
                .where((p, a) -> p.views > lo && p.views < hi)
                .select((p, a) -> new TitleName(p.title, a.name))
                .list();
        assertNotEquals(memo, exec.statement); // < instead of <=: another statement, never the remembered one
    }

    @Test
    void joinKindLimitAndOrderMakeOtherStatements() {
        Select inner = null;
        for (int i = 0; i < 2; i++) {
            int v = i;
            JoinQuery2<QPost, QAuthor> q =
                    Query.from(QPost.class, exec).join(QAuthor.class, (p, a) -> p.authorId.equals(a.id));
            JoinQuery2<QPost, QAuthor> left =
                    Query.from(QPost.class, exec).leftJoin(QAuthor.class, (p, a) -> p.authorId.equals(a.id));
            Select s = q.where((p, a) -> p.views > v).toSelect();
            assertNotEquals(s, left.where((p, a) -> p.views > v).toSelect());
            assertNotEquals(s, q.limit(5).where((p, a) -> p.views > v).toSelect());
            assertNotEquals(
                    s, q.orderBy((p, a) -> a.name).where((p, a) -> p.views > v).toSelect());
            if (inner != null) {
                assertSame(inner, s);
            }
            inner = s;
        }
    }

    @Test
    void aCapturedCollectionIsBoundAfreshEachTime() {
        List<Select> seen = new ArrayList<>();
        for (List<Long> ids : List.of(List.of(1L), List.of(1L, 2L, 3L))) {
            seen.add(Query.from(QPost.class, exec)
                    .join(QAuthor.class, (p, a) -> p.authorId.equals(a.id))
                    .where((p, a) -> ids.contains(a.id))
                    .toSelect());
        }
        assertNotSame(seen.get(0), seen.get(1));
        assertEquals(seen.get(0), seen.get(1)); // the list's size is the renderer's decision, at each render
    }

    @Test
    void groupedQueriesReuseTheirStatement() {
        List<Object> seen = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Query.from(QPost.class, exec)
                    .groupBy(p -> p.authorId)
                    .select(p -> new AuthorTop(p.authorId, Sql.max(p.title)))
                    .list();
            seen.add(exec.statement);
        }
        assertSame(seen.get(0), seen.get(1));
    }
}
