package io.kakaorm.vertx.query;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same call sites run again and again with other captured values, some of them null: the second
 * run of a statement instance is replayed from its recorded render (the dialect's replay plan) and must
 * select exactly what a first render would, also when a value's null-ness gives the statement another
 * text. Every answer is compared with Java over the same objects.
 */
@ExtendWith(TestDatabases.class)
class RepeatedCallSiteTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void repeatedCallSitesWithChangingAndNullCapturesSelectWhatJavaSelects(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        List<String> titles = Arrays.asList("Kotlin", null, "Java Basics", null, null, "SQL_Tricks", "none");
        List<Long> authors = Arrays.asList(1L, null, 2L, 2L, null, 99L);
        int[] lows = {0, 100, 1000, 5, 5, -1};
        int selected = 0;
        for (int round = 0; round < 3; round++) {
            for (String t : titles) {
                selected += f.same(p -> Objects.equals(p.title, t)).size();
                selected +=
                        f.same(p -> !Objects.equals(p.title, t) && p.views >= 0).size();
            }
            for (int lo : lows) {
                selected += f.same(p -> p.views > lo && p.published).size();
            }
            for (Long a : authors) {
                long expected = f.posts.stream()
                        .filter(p -> Objects.equals(p.authorId, a))
                        .count();
                assertEquals(
                        expected,
                        (long) await(f.posts()
                                .where(p -> Objects.equals(p.authorId, a))
                                .count()),
                        "count of author " + a);
            }
            for (QPost p : f.posts) {
                assertEquals(p.title, await(f.db.get(QPost.class, p.id)).title, "get " + p.id);
            }
        }
        assertEquals(true, selected > 50, "the cases select rows: " + selected);
    }
}
