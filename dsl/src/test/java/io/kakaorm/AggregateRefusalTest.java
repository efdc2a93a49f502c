package io.kakaorm;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Filters refuse aggregates and window functions, with the lambda's source line. Whether a lambda holds one
 * is found once per lambda class by the decoder: the second call at a call site must refuse as the first.
 */
class AggregateRefusalTest {
    private final RecordingExecutor exec = new RecordingExecutor();

    private Query<QPost> posts() {
        return Query.from(QPost.class, exec);
    }

    @Test
    void anAggregateInWhereIsRefusedOnEveryCall() {
        for (int i = 0; i < 2; i++) {
            QueryTranslationException e =
                    assertThrows(QueryTranslationException.class, () -> posts().where(p -> Sql.count() > 3));
            assertTrue(e.getMessage().contains("an aggregate (count/sum/avg/min/max) in where()"), e.getMessage());
            assertTrue(e.getMessage().contains("AggregateRefusalTest.java:"), e.getMessage());
        }
    }

    @Test
    void anAggregateDeepInsideAnExcludeIsRefused() {
        int min = 10;
        QueryTranslationException e = assertThrows(
                QueryTranslationException.class,
                () -> posts().exclude(p -> p.published && (p.views > min || Sql.sum(p.views) > min)));
        assertTrue(e.getMessage().contains("in exclude()"), e.getMessage());
    }

    @Test
    void aWindowFunctionInWhereIsRefused() {
        QueryTranslationException e = assertThrows(
                QueryTranslationException.class,
                () -> posts().where(p -> Sql.rowNumber(Sql.over().orderBy(p.views)) <= 3));
        assertTrue(e.getMessage().contains("a window function in where()"), e.getMessage());
    }

    @Test
    void aPlainFilterPassesAndKeepsItsValues() {
        int min = 5;
        Query<QPost> q = assertDoesNotThrow(() -> posts().where(p -> p.views >= min && p.published));
        assertEquals(List.of(5), q.parameters().subList(0, 1));
    }
}
