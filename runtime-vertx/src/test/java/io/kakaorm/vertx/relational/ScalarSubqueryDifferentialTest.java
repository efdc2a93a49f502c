package io.kakaorm.vertx.relational;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kakaorm.Filter2;
import io.kakaorm.Scalar;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Java meaning == SQL meaning for correlated scalar subqueries ({@link Scalar}): random related-row conditions
 * with captured values over the data set of {@link RelationalDifferentialTest} (authors without posts, posts
 * with NULL and dangling author keys, NULL scores), each aggregate (count, max, min, sum) used in a select list
 * or compared in a where, and compared with the same computation in Java streams. Seed:
 * {@code -Dkakaorm.diff.seed=N}; count: {@code -Dkakaorm.scalardiff.cases=N}.
 */
@ExtendWith(TestDatabases.class)
class ScalarSubqueryDifferentialTest {
    static final int CASES = Integer.getInteger("kakaorm.scalardiff.cases", 120);

    public record IdLong(Long id, long value) {}

    public record IdInt(Long id, Integer value) {}

    public record IdDouble(Long id, Double value) {}

    /** A condition on an author's post, as a lambda for the database and as Java. */
    record Cond(String name, Filter2<JAuthor, JPost> lambda, BiPredicate<JAuthor, JPost> java) {}

    static Cond cond(Random r) {
        int views = new int[] {0, 7, 100, 250, 5000}[r.nextInt(5)];
        double score = r.nextInt(50) / 10.0;
        String word = new String[] {"Java", "S", "", "Nope"}[r.nextInt(4)];
        return switch (r.nextInt(5)) {
            case 0 ->
                new Cond("any post", (a, p) -> p.authorId.equals(a.id), (a, p) -> Objects.equals(p.authorId, a.id));
            case 1 ->
                new Cond(
                        "views >= " + views,
                        (a, p) -> p.authorId.equals(a.id) && p.views >= views,
                        (a, p) -> Objects.equals(p.authorId, a.id) && p.views >= views);
            case 2 ->
                new Cond(
                        "published",
                        (a, p) -> a.id.equals(p.authorId) && p.published,
                        (a, p) -> Objects.equals(p.authorId, a.id) && p.published);
            case 3 ->
                new Cond(
                        "score > " + score,
                        (a, p) -> p.authorId.equals(a.id) && p.score != null && p.score > score,
                        (a, p) -> Objects.equals(p.authorId, a.id) && p.score != null && p.score > score);
            default ->
                new Cond(
                        "title starts with '" + word + "'",
                        (a, p) -> p.authorId.equals(a.id) && p.title.startsWith(word),
                        (a, p) -> Objects.equals(p.authorId, a.id) && p.title.startsWith(word));
        };
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void randomScalarSubqueriesMatchJava(TestDb testDb) {
        long seed = RelationalDifferentialTest.SEED;
        System.out.println("ScalarSubqueryDifferentialTest[" + testDb + "] seed=" + seed + " cases=" + CASES);
        Database db = TestDatabases.open(testDb);
        Random r = new Random(seed);
        List<JAuthor> authors = new ArrayList<>();
        List<JPost> posts = new ArrayList<>();
        RelationalDifferentialTest.seed(db, r, authors, posts);
        List<JAuthor> byId =
                authors.stream().sorted((x, y) -> Long.compare(x.id, y.id)).toList();
        List<String> mismatches = new ArrayList<>();
        int zeroOrNull = 0;
        int some = 0;
        for (int k = 0; k < CASES; k++) {
            Cond c = cond(r);
            int agg = r.nextInt(4);
            boolean inWhere = r.nextInt(3) == 0;
            int threshold = r.nextInt(3);
            String description = new String[] {"count", "max views", "min score", "sum views"}[agg] + " of " + c.name()
                    + (inWhere ? " in where (> " + threshold + ")" : " in select");
            List<String> expected = new ArrayList<>();
            List<String> actual;
            try {
                switch (agg) {
                    case 0 -> {
                        Scalar<JAuthor, Long> s = Scalar.count(JAuthor.class, JPost.class, c.lambda());
                        for (JAuthor a : byId) {
                            long n = related(a, posts, c).count();
                            zeroOrNull += n == 0 ? 1 : 0;
                            some += n > 0 ? 1 : 0;
                            if (!inWhere) {
                                expected.add(new IdLong(a.id, n).toString());
                            } else if (n > threshold) {
                                expected.add(String.valueOf(a.id));
                            }
                        }
                        actual = inWhere
                                ? ids(db.from(JAuthor.class)
                                        .where(a -> s.of(a) > threshold)
                                        .orderBy(a -> a.id)
                                        .list())
                                : await(db.from(JAuthor.class)
                                                .orderBy(a -> a.id)
                                                .select(a -> new IdLong(a.id, s.of(a)))
                                                .list())
                                        .stream()
                                        .map(Object::toString)
                                        .toList();
                    }
                    case 1 -> {
                        Scalar<JAuthor, Integer> s = Scalar.max(JAuthor.class, JPost.class, c.lambda(), p -> p.views);
                        int t = threshold * 100;
                        for (JAuthor a : byId) {
                            Integer v = related(a, posts, c)
                                    .map(p -> p.views)
                                    .max(Integer::compare)
                                    .orElse(null);
                            zeroOrNull += v == null ? 1 : 0;
                            if (!inWhere) {
                                expected.add(new IdInt(a.id, v).toString());
                            } else if (v != null && v > t) {
                                expected.add(String.valueOf(a.id));
                            }
                        }
                        actual = inWhere
                                ? ids(db.from(JAuthor.class)
                                        .where(a -> s.of(a) != null && s.of(a) > t)
                                        .orderBy(a -> a.id)
                                        .list())
                                : await(db.from(JAuthor.class)
                                                .orderBy(a -> a.id)
                                                .select(a -> new IdInt(a.id, s.of(a)))
                                                .list())
                                        .stream()
                                        .map(Object::toString)
                                        .toList();
                    }
                    case 2 -> {
                        Scalar<JAuthor, Double> s = Scalar.min(JAuthor.class, JPost.class, c.lambda(), p -> p.score);
                        double t = threshold;
                        for (JAuthor a : byId) {
                            Double v = related(a, posts, c)
                                    .map(p -> p.score)
                                    .filter(Objects::nonNull)
                                    .min(Double::compare)
                                    .orElse(null);
                            zeroOrNull += v == null ? 1 : 0;
                            if (!inWhere) {
                                expected.add(new IdDouble(a.id, v).toString());
                            } else if (v != null && v > t) {
                                expected.add(String.valueOf(a.id));
                            }
                        }
                        actual = inWhere
                                ? ids(db.from(JAuthor.class)
                                        .where(a -> s.of(a) != null && s.of(a) > t)
                                        .orderBy(a -> a.id)
                                        .list())
                                : await(db.from(JAuthor.class)
                                                .orderBy(a -> a.id)
                                                .select(a -> new IdDouble(a.id, s.of(a)))
                                                .list())
                                        .stream()
                                        .map(Object::toString)
                                        .toList();
                    }
                    default -> {
                        Scalar<JAuthor, Long> s = Scalar.sum(JAuthor.class, JPost.class, c.lambda(), p -> p.views);
                        long t = threshold * 200L;
                        for (JAuthor a : byId) {
                            long v =
                                    related(a, posts, c).mapToLong(p -> p.views).sum();
                            if (!inWhere) {
                                expected.add(new IdLong(a.id, v).toString());
                            } else if (v > t) {
                                expected.add(String.valueOf(a.id));
                            }
                        }
                        actual = inWhere
                                ? ids(db.from(JAuthor.class)
                                        .where(a -> s.of(a) > t)
                                        .orderBy(a -> a.id)
                                        .list())
                                : await(db.from(JAuthor.class)
                                                .orderBy(a -> a.id)
                                                .select(a -> new IdLong(a.id, s.of(a)))
                                                .list())
                                        .stream()
                                        .map(Object::toString)
                                        .toList();
                    }
                }
            } catch (RuntimeException ex) {
                mismatches.add(description + ": " + ex);
                continue;
            }
            if (!expected.equals(actual)) {
                mismatches.add(description + ": expected " + expected + " but was " + actual);
            }
        }
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " of " + CASES + " mismatches (seed " + seed + "):\n"
                    + String.join("\n", mismatches.subList(0, Math.min(15, mismatches.size()))));
        }
        assertTrue(zeroOrNull > 0 && some > 0, "the cases have authors with and without related rows");
    }

    private static Stream<JPost> related(JAuthor a, List<JPost> posts, Cond c) {
        return posts.stream().filter(p -> c.java().test(a, p));
    }

    private static List<String> ids(Future<List<JAuthor>> f) {
        return await(f).stream().map(a -> String.valueOf(a.id)).toList();
    }
}
