package io.kakaorm.vertx.relational;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kakaorm.Exists;
import io.kakaorm.Pair;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Java meaning == SQL meaning for correlated EXISTS / NOT EXISTS ({@link Exists}): random related-row
 * conditions with captured values over the data set of {@link RelationalDifferentialTest} (authors with
 * NULL names and ages, posts with NULL and dangling author keys, authors without posts), used negated or
 * not, alone, ORed with a row condition, in a select list, and inside an inner join; each compared with
 * {@code anyMatch} over the same objects. Seed: {@code -Dkakaorm.diff.seed=N}.
 */
@ExtendWith(TestDatabases.class)
class RelationalExistsDifferentialTest {
    static final int CASES = Integer.getInteger("kakaorm.existsdiff.cases", 150);

    public record Flag(Long id, boolean flag) {}

    /** A condition on a post, as a lambda for the database and as Java. */
    record PostCond(String name, Exists<JAuthor> exists, BiPredicate<JAuthor, JPost> java) {}

    static PostCond postCond(Random r) {
        int views = new int[] {0, 7, 100, 250, 5000}[r.nextInt(5)];
        double score = r.nextInt(50) / 10.0;
        String word = new String[] {"Java", "S", "", "Nope"}[r.nextInt(4)];
        return switch (r.nextInt(5)) {
            case 0 ->
                new PostCond(
                        "any post",
                        Exists.of(JAuthor.class, JPost.class, (a, p) -> p.authorId.equals(a.id)),
                        (a, p) -> Objects.equals(p.authorId, a.id));
            case 1 ->
                new PostCond(
                        "post views >= " + views,
                        Exists.of(JAuthor.class, JPost.class, (a, p) -> p.authorId.equals(a.id) && p.views >= views),
                        (a, p) -> Objects.equals(p.authorId, a.id) && p.views >= views);
            case 2 ->
                new PostCond(
                        "published post",
                        Exists.of(JAuthor.class, JPost.class, (a, p) -> a.id.equals(p.authorId) && p.published),
                        (a, p) -> Objects.equals(p.authorId, a.id) && p.published);
            case 3 ->
                new PostCond(
                        "post score > " + score,
                        Exists.of(
                                JAuthor.class,
                                JPost.class,
                                (a, p) -> p.authorId.equals(a.id) && p.score != null && p.score > score),
                        (a, p) -> Objects.equals(p.authorId, a.id) && p.score != null && p.score > score);
            default ->
                new PostCond(
                        "post title starts with '" + word + "'",
                        Exists.of(
                                JAuthor.class,
                                JPost.class,
                                (a, p) -> p.authorId.equals(a.id) && p.title.startsWith(word)),
                        (a, p) -> Objects.equals(p.authorId, a.id) && p.title.startsWith(word));
        };
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void randomCorrelatedExistsMatchJava(TestDb testDb) {
        long seed = RelationalDifferentialTest.SEED;
        System.out.println("RelationalExistsDifferentialTest[" + testDb + "] seed=" + seed + " cases=" + CASES);
        Database db = TestDatabases.open(testDb);
        Random r = new Random(seed);
        List<JAuthor> authors = new ArrayList<>();
        List<JPost> posts = new ArrayList<>();
        RelationalDifferentialTest.seed(db, r, authors, posts);
        List<String> mismatches = new ArrayList<>();
        int nonEmpty = 0;
        int notAll = 0;
        for (int k = 0; k < CASES; k++) {
            PostCond c = postCond(r);
            Exists<JAuthor> e = c.exists();
            boolean negated = r.nextBoolean();
            int shape = r.nextInt(4);
            Integer age = 18 + r.nextInt(50);
            String description = (negated ? "NOT EXISTS " : "EXISTS ") + c.name() + " shape " + shape;
            List<String> expected = new ArrayList<>();
            List<String> actual;
            try {
                if (shape == 0) { // where(a -> [!]e.test(a))
                    for (JAuthor a : authors) {
                        if (has(a, posts, c) != negated) {
                            expected.add(String.valueOf(a.id));
                        }
                    }
                    var q = negated
                            ? db.from(JAuthor.class).where(a -> !e.test(a))
                            : db.from(JAuthor.class).where(a -> e.test(a));
                    actual = await(q.orderBy(a -> a.id).list()).stream()
                            .map(a -> String.valueOf(a.id))
                            .toList();
                } else if (shape == 1) { // ORed with a nullable row condition
                    description += " or age > " + age;
                    for (JAuthor a : authors) {
                        if (has(a, posts, c) != negated || a.age != null && a.age > age) {
                            expected.add(String.valueOf(a.id));
                        }
                    }
                    var q = negated
                            ? db.from(JAuthor.class).where(a -> !e.test(a) || a.age != null && a.age > age)
                            : db.from(JAuthor.class).where(a -> e.test(a) || a.age != null && a.age > age);
                    actual = await(q.orderBy(a -> a.id).list()).stream()
                            .map(a -> String.valueOf(a.id))
                            .toList();
                } else if (shape == 2) { // a Java boolean in the select list
                    for (JAuthor a : authors) {
                        expected.add(new Flag(a.id, has(a, posts, c) != negated).toString());
                    }
                    var q = negated
                            ? db.from(JAuthor.class).orderBy(a -> a.id).select(a -> new Flag(a.id, !e.test(a)))
                            : db.from(JAuthor.class).orderBy(a -> a.id).select(a -> new Flag(a.id, e.test(a)));
                    actual = await(q.list()).stream().map(Flag::toString).toList();
                } else { // inside an inner join, over the joined author
                    for (JPost p : posts) {
                        for (JAuthor a : authors) {
                            if (Objects.equals(p.authorId, a.id) && has(a, posts, c) != negated) {
                                expected.add(p.id + "/" + a.id);
                            }
                        }
                    }
                    var j = db.from(JPost.class).join(JAuthor.class, (p, a) -> p.authorId.equals(a.id));
                    var q = negated ? j.where((p, a) -> !e.test(a)) : j.where((p, a) -> e.test(a));
                    actual = await(q.orderBy((p, a) -> p.id).list()).stream()
                            .map((Pair<JPost, JAuthor> x) -> x.first().id + "/" + x.second().id)
                            .toList();
                }
            } catch (RuntimeException ex) {
                mismatches.add(description + ": " + ex);
                continue;
            }
            if (!expected.equals(actual)) {
                mismatches.add(description + ": expected " + expected + " but was " + actual);
            }
            nonEmpty += expected.isEmpty() ? 0 : 1;
            notAll += shape == 0 && expected.size() < authors.size() ? 1 : 0;
        }
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " of " + CASES + " mismatches (seed " + seed + "):\n"
                    + String.join("\n", mismatches.subList(0, Math.min(15, mismatches.size()))));
        }
        assertTrue(nonEmpty > CASES / 3 && notAll > 5, "the cases select something: " + nonEmpty + ", " + notAll);
    }

    private static boolean has(JAuthor a, List<JPost> posts, PostCond c) {
        return posts.stream().anyMatch(p -> c.java().test(a, p));
    }
}
